// wcstol, wcstoll, wcstoul, wcstoull, wcstoimax, wcstoumax: C17 7.29.4.1.2, on wide
// strings. Digits and letters are the ASCII ones; leading white space is iswspace's.
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <wchar.h>
#include <wctype.h>

#include "support/errno.h"

namespace pure {
namespace {

int digit_value(wchar_t c) {
  if (c >= L'0' && c <= L'9') return c - L'0';
  if (c >= L'a' && c <= L'z') return c - L'a' + 10;
  if (c >= L'A' && c <= L'Z') return c - L'A' + 10;
  return 99;
}

// Parses into an unsigned magnitude and clamps to [min, max] (min = 0 for the unsigned
// forms, which negate like strtoul does: "-1" is ULONG_MAX).
template <class T>
T parse(const wchar_t* s, wchar_t** end, int base, bool is_signed, unsigned long long max,
        unsigned long long neg_limit) {
  if (base < 0 || base == 1 || base > 36) {
    if (end) *end = const_cast<wchar_t*>(s);
    return fail(EINVAL, T(0));
  }
  const wchar_t* p = s;
  while (iswspace(static_cast<wint_t>(*p))) ++p;
  bool negative = false;
  if (*p == L'+' || *p == L'-') negative = *p++ == L'-';
  if ((base == 0 || base == 16) && p[0] == L'0' && (p[1] | 0x20) == L'x' && digit_value(p[2]) < 16) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = p[0] == L'0' ? 8 : 10;
  }
  const wchar_t* digits = p;
  unsigned long long value = 0;
  bool overflow = false;
  // The largest magnitude this sign allows.
  unsigned long long limit = is_signed && negative ? neg_limit : max;
  for (int d; (d = digit_value(*p)) < base; ++p) {
    if (overflow) continue;
    if (value > (limit - d) / base) overflow = true;
    else value = value * base + d;
  }
  if (p == digits) {  // no digits: nothing is converted, not even the sign
    if (end) *end = const_cast<wchar_t*>(s);
    return T(0);
  }
  if (end) *end = const_cast<wchar_t*>(p);
  if (overflow) {
    errno = ERANGE;
    if (!is_signed) return static_cast<T>(max);
    return negative ? static_cast<T>(-static_cast<T>(neg_limit - 1) - 1) : static_cast<T>(max);
  }
  if (negative) return static_cast<T>(0 - value);  // wraps as C's unsigned negation
  return static_cast<T>(value);
}

}  // namespace
}  // namespace pure

using pure::parse;

extern "C" long wcstol(const wchar_t* s, wchar_t** end, int base) {
  return parse<long>(s, end, base, true, LONG_MAX, static_cast<unsigned long long>(LONG_MAX) + 1);
}
extern "C" long long wcstoll(const wchar_t* s, wchar_t** end, int base) {
  return parse<long long>(s, end, base, true, LLONG_MAX, static_cast<unsigned long long>(LLONG_MAX) + 1);
}
extern "C" unsigned long wcstoul(const wchar_t* s, wchar_t** end, int base) {
  return parse<unsigned long>(s, end, base, false, ULONG_MAX, ULONG_MAX);
}
extern "C" unsigned long long wcstoull(const wchar_t* s, wchar_t** end, int base) {
  return parse<unsigned long long>(s, end, base, false, ULLONG_MAX, ULLONG_MAX);
}
extern "C" intmax_t wcstoimax(const wchar_t* s, wchar_t** end, int base) {
  return parse<intmax_t>(s, end, base, true, INTMAX_MAX, static_cast<unsigned long long>(INTMAX_MAX) + 1);
}
extern "C" uintmax_t wcstoumax(const wchar_t* s, wchar_t** end, int base) {
  return parse<uintmax_t>(s, end, base, false, UINTMAX_MAX, UINTMAX_MAX);
}
