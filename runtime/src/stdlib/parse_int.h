// The integer parser behind strtol & co. (char) and wcstoimax/wcstoumax (wchar_t):
// C17 7.22.1.4 — optional white space, sign, base prefix, then digits of the base.
#pragma once
#include <errno.h>
#include <stdint.h>
#include <wctype.h>

namespace pure {

// White space: the C locale's for bytes; iswspace's for wide characters (C17 7.29.4.1.2).
inline bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool is_space(wchar_t c) { return iswspace(static_cast<wint_t>(c)); }

template <class Char> inline unsigned digit_value(Char c) {
  if (c >= '0' && c <= '9') return static_cast<unsigned>(c - '0');
  if (c >= 'a' && c <= 'z') return static_cast<unsigned>(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return static_cast<unsigned>(c - 'A' + 10);
  return 99;
}

struct ParsedInt {
  uintmax_t magnitude;  // clamped to the limit on overflow
  bool negative;
  bool overflow;
  int error;            // EINVAL for a bad base, else 0
};

// Parses s in `base` with magnitudes up to `limit` (limit_negative after a '-').
// *end gets the first unparsed character, or s when there is no number at all.
template <class Char>
ParsedInt parse_int(const Char* s, Char** end, int base, uintmax_t limit, uintmax_t limit_negative) {
  ParsedInt r{0, false, false, 0};
  const Char* p = s;
  if (base < 0 || base == 1 || base > 36) {
    r.error = EINVAL;
    if (end) *end = const_cast<Char*>(s);
    return r;
  }
  while (is_space(*p)) p++;
  if (*p == '-' || *p == '+') r.negative = *p++ == '-';
  // "0x" counts as a prefix only when a hex digit follows; otherwise "0" is the number.
  if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && digit_value(p[2]) < 16) {
    p += 2;
    base = 16;
  } else if (base == 0) {
    base = p[0] == '0' ? 8 : 10;
  }
  uintmax_t max = r.negative ? limit_negative : limit;
  const Char* digits = p;
  uintmax_t v = 0;
  for (unsigned d; (d = digit_value(*p)) < static_cast<unsigned>(base); p++) {
    if (r.overflow) continue;
    if (__builtin_mul_overflow(v, static_cast<uintmax_t>(base), &v) || __builtin_add_overflow(v, d, &v) || v > max) {
      r.overflow = true;
      v = max;
    }
  }
  if (end) *end = const_cast<Char*>(p == digits ? s : p);
  r.magnitude = v;
  return r;
}

// The value for a signed type whose most negative value has magnitude max + 1.
template <class T> inline T to_signed(const ParsedInt& r) {
  if (r.error) {
    errno = r.error;
    return 0;
  }
  if (r.overflow) {
    errno = ERANGE;
    return r.negative ? static_cast<T>(-static_cast<T>(r.magnitude - 1) - 1) : static_cast<T>(r.magnitude);
  }
  if (r.negative) return r.magnitude ? static_cast<T>(-static_cast<T>(r.magnitude - 1) - 1) : 0;
  return static_cast<T>(r.magnitude);
}

// Unsigned types: a '-' negates in the unsigned type (strtoul("-1") is ULONG_MAX).
template <class T> inline T to_unsigned(const ParsedInt& r) {
  if (r.error) {
    errno = r.error;
    return 0;
  }
  if (r.overflow) {
    errno = ERANGE;
    return static_cast<T>(r.magnitude);
  }
  T v = static_cast<T>(r.magnitude);
  return r.negative ? static_cast<T>(0 - v) : v;
}

template <class T, class Char> inline T parse_signed(const Char* s, Char** end, int base) {
  constexpr uintmax_t kMax = static_cast<uintmax_t>(static_cast<T>(~static_cast<unsigned long long>(0) >> 1 >> (64 - 8 * sizeof(T))));
  return to_signed<T>(parse_int(s, end, base, kMax, kMax + 1));
}

template <class T, class Char> inline T parse_unsigned(const Char* s, Char** end, int base) {
  constexpr uintmax_t kMax = static_cast<T>(~static_cast<T>(0));
  return to_unsigned<T>(parse_int(s, end, base, kMax, kMax));
}

}  // namespace pure
