// ecvt, fcvt and gcvt: the old (pre-POSIX 2008) floating-point to digit-string calls,
// built on printf's exactly rounded %e, %f and %g conversions.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace pure {
namespace {

// Wide enough for %f of DBL_MAX (309 integer digits) plus the largest precision allowed.
constexpr int kMaxDigits = 350;
constexpr size_t kBufSize = 2 * kMaxDigits + 32;

int clamp(int n, int lo, int hi) { return n < lo ? lo : n > hi ? hi : n; }

// Splits a printf result into its sign and keeps the characters after it.
const char* strip_sign(const char* s, int* sign) {
  *sign = *s == '-';
  return *sign ? s + 1 : s;
}

bool is_finite(double v) { return v == v && v - v == 0; }

}  // namespace
}  // namespace pure

extern "C" {

char* ecvt(double value, int ndigit, int* __restrict decpt, int* __restrict sign) {
  static char result[pure::kBufSize];
  char tmp[pure::kBufSize];
  int n = pure::clamp(ndigit, 1, pure::kMaxDigits);
  snprintf(tmp, sizeof tmp, "%.*e", n - 1, value);
  const char* p = pure::strip_sign(tmp, sign);
  if (!pure::is_finite(value)) {  // "inf" or "nan": no digits to place
    strcpy(result, p);
    *decpt = 0;
    return result;
  }
  // p is "d.ddde±XX": gather the digits, then the exponent gives the point.
  size_t k = 0;
  for (; *p && *p != 'e'; p++)
    if (*p != '.') result[k++] = *p;
  result[k] = '\0';
  *decpt = (*p == 'e' ? atoi(p + 1) : 0) + 1;
  return result;
}

char* fcvt(double value, int ndigit, int* __restrict decpt, int* __restrict sign) {
  static char result[pure::kBufSize];
  char tmp[pure::kBufSize];
  int n = pure::clamp(ndigit, 0, pure::kMaxDigits);
  snprintf(tmp, sizeof tmp, "%.*f", n, value);
  const char* p = pure::strip_sign(tmp, sign);
  if (!pure::is_finite(value)) {
    strcpy(result, p);
    *decpt = 0;
    return result;
  }
  const char* dot = strchr(p, '.');
  size_t int_len = dot ? static_cast<size_t>(dot - p) : strlen(p);
  size_t k = 0;
  if (!(int_len == 1 && p[0] == '0')) {
    memcpy(result, p, int_len);
    k = int_len;
    *decpt = static_cast<int>(int_len);
    if (dot) {
      strcpy(result + k, dot + 1);
      k += strlen(dot + 1);
    }
    result[k] = '\0';
    return result;
  }
  // |value| < 1 after rounding: leading zeros of the fraction move the point left.
  const char* frac = dot ? dot + 1 : "";
  int zeros = 0;
  while (frac[zeros] == '0') zeros++;
  if (frac[zeros] == '\0') {  // rounds to zero: all ndigit zeros, point at the start
    strcpy(result, frac);
    *decpt = 0;
    return result;
  }
  strcpy(result, frac + zeros);
  *decpt = -zeros;
  return result;
}

char* gcvt(double value, int ndigit, char* buf) {
  // %g already drops trailing zeros and picks the style by the exponent, as gcvt must.
  sprintf(buf, "%.*g", pure::clamp(ndigit, 1, pure::kMaxDigits), value);
  return buf;
}

}  // extern "C"
