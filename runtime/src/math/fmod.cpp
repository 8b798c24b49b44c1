// fmod, remainder, remquo: exact remainders by integer long division of the significands.
#include "math/export.h"

namespace pure::math {
namespace {

// |x| mod |y| for finite x and nonzero finite y, exact; *quo receives the low bits of
// the integer quotient. Result carries no sign.
template <class T> T mod_abs(T x, T y, unsigned *quo) {
  using F = Fp<T>;
  T ax = abs_of(x), ay = abs_of(y);
  *quo = 0;
  if (ax < ay) return ax;
  Parts<T> px = split_parts(ax), py = split_parts(ay);
  u128 r = px.sig % py.sig;
  u128 q = px.sig / py.sig;
  // Bring the dividend down one chunk of exponent at a time; r < sig(y) < 2^kPrec
  // leaves room for the shift inside 128 bits.
  constexpr int kStep = 126 - F::kPrec;
  int d = px.exp - py.exp;
  // ax >= ay makes d >= 0: subnormals share the minimum normal exponent.
  while (d > 0) {
    int s = d < kStep ? d : kStep;
    u128 t = r << s;
    q = (q << (s < 8 ? s : 8)) + t / py.sig;  // only the low 3 bits of q matter
    r = t % py.sig;
    d -= s;
  }
  *quo = static_cast<unsigned>(q & 7);
  return scale2(T(r), py.exp);
}

template <class T> T fmod_impl(T x, T y) {
  if (is_nan(x) || is_nan(y)) return x + y;
  if (is_inf(x) || y == 0) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  if (is_inf(y) || x == 0) return x;
  unsigned q;
  return copysign_of(mod_abs(x, y, &q), x);
}

template <class T> T remquo_impl(T x, T y, int *quo) {
  *quo = 0;
  if (is_nan(x) || is_nan(y)) return x + y;
  if (is_inf(x) || y == 0) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  if (is_inf(y)) return x;
  unsigned q;
  T r = mod_abs(x, y, &q);
  T ay = abs_of(y);
  // Round the quotient to nearest, ties to even: compare r with |y| - r (exact when
  // it matters, by Sterbenz).
  T other = ay - r;
  if (r > other || (r == other && (q & 1))) {
    r = -other;
    q++;
  }
  int qv = static_cast<int>(q & 7);
  *quo = sign_of(x) != sign_of(y) ? -qv : qv;
  return sign_of(x) ? -r : r;
}

template <class T> T remainder_impl(T x, T y) {
  int q;
  return remquo_impl(x, y, &q);
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT2(fmod, fmod_impl)
PURE_MATH_EXPORT2(remainder, remainder_impl)
extern "C" double remquo(double x, double y, int *q) { return remquo_impl(x, y, q); }
extern "C" float remquof(float x, float y, int *q) { return remquo_impl(x, y, q); }
extern "C" long double remquol(long double x, long double y, int *q) { return remquo_impl(x, y, q); }

#include "support/alias.h"
PURE_ALIAS(remainder, drem);  // the BSD name
PURE_ALIAS(remainderf, dremf);
