// nan, nanf, nanl: a quiet NaN; a decimal, octal or hexadecimal n-char-sequence becomes
// the payload (as strtod("NAN(...)") does), anything else gives the default NaN.
#include "math/export.h"

namespace pure::math {
namespace {

template <class T> T nan_impl(const char *s) {
  using F = Fp<T>;
  using B = typename F::Bits;
  u128 v = 0;
  int base = 10;
  const char *p = s;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
    base = 16;
    p += 2;
  } else if (p[0] == '0') {
    base = 8;
  }
  bool ok = true;
  for (; *p; p++) {
    int d;
    if (*p >= '0' && *p <= '9') d = *p - '0';
    else if (*p >= 'a' && *p <= 'f') d = *p - 'a' + 10;
    else if (*p >= 'A' && *p <= 'F') d = *p - 'A' + 10;
    else d = 99;
    if (d >= base) {
      ok = false;
      break;
    }
    v = v * static_cast<unsigned>(base) + static_cast<unsigned>(d);
  }
  // Quiet NaN: all-ones exponent, the top fraction bit set (and the x87 integer bit).
  B b = (B(F::kMaxBiased) << kExpShift<T>) | (B(1) << (F::kFracBits - 1));
  if (F::kExplicitInt) b |= B(1) << F::kFracBits;
  if (ok) b |= static_cast<B>(v & ((u128(1) << (F::kFracBits - 1)) - 1));
  return from_bits<T>(b);
}

}  // namespace
}  // namespace pure::math

extern "C" double nan(const char *s) { return pure::math::nan_impl<double>(s); }
extern "C" float nanf(const char *s) { return pure::math::nan_impl<float>(s); }
extern "C" long double nanl(const char *s) { return pure::math::nan_impl<long double>(s); }
