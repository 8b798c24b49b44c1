// strfmon, strfmon_l: monetary amounts, POSIX "strfmon". pure's locales all have the "C"
// LC_MONETARY (localeconv.cpp): no currency symbol, '.' as the radix, no grouping, and the
// sign "-" (as glibc uses when the locale gives none); 2 fraction digits by default.
#include <errno.h>
#include <monetary.h>
#include <stdarg.h>
#include <stdio.h>

#include "support/errno.h"

namespace pure {
namespace {

struct Out {
  char* s;
  size_t max;
  size_t n = 0;
  bool put(char c) {
    if (n + 1 >= max) return false;  // keep room for the terminating null
    s[n++] = c;
    return true;
  }
  bool put(const char* p, size_t len) {
    for (size_t i = 0; i < len; ++i)
      if (!put(p[i])) return false;
    return true;
  }
};

size_t read_number(const char*& p) {
  size_t v = 0;
  while (*p >= '0' && *p <= '9') {
    v = v > 100000 ? v : v * 10 + static_cast<size_t>(*p - '0');  // saturate absurd widths
    ++p;
  }
  return v;
}

ssize_t format(char* s, size_t max, const char* f, va_list ap) {
  Out out{s, max};
  while (*f) {
    if (*f != '%' || f[1] == '%') {
      if (!out.put(*f)) return fail(E2BIG, ssize_t{-1});
      f += *f == '%' ? 2 : 1;
      continue;
    }
    ++f;
    char fill = ' ';
    bool parens = false, left = false;
    for (;; ++f) {
      if (*f == '=' && f[1]) fill = *++f;
      else if (*f == '(') parens = true;
      else if (*f == '-') left = true;
      else if (*f != '^' && *f != '+' && *f != '!') break;  // no grouping, sign or symbol to drop
    }
    size_t width = read_number(f);
    bool have_left = false;
    size_t left_digits = 0;
    if (*f == '#') {
      ++f;
      have_left = true;
      left_digits = read_number(f);
    }
    int right = 2;
    if (*f == '.') {
      ++f;
      right = static_cast<int>(read_number(f));
      if (right > 60) right = 60;
    }
    if (*f != 'i' && *f != 'n') return fail(EINVAL, ssize_t{-1});
    ++f;
    double value = va_arg(ap, double);
    bool negative = value < 0;
    char digits[400];
    int len = snprintf(digits, sizeof digits, "%.*f", right, negative ? -value : value);
    if (len < 0 || static_cast<size_t>(len) >= sizeof digits) return fail(E2BIG, ssize_t{-1});
    size_t int_len = 0;
    while (int_len < static_cast<size_t>(len) && digits[int_len] != '.') ++int_len;

    // The amount: sign or parenthesis, the left precision's fill, the digits. With a left
    // precision, positive amounts get spaces where negative ones have sign characters, so
    // that a column of them lines up (POSIX).
    char amount[512];
    size_t a = 0;
    if (negative) amount[a++] = parens ? '(' : '-';
    else if (have_left) amount[a++] = ' ';
    for (size_t i = int_len; i < left_digits && a < 100; ++i) amount[a++] = fill;
    for (int i = 0; i < len; ++i) amount[a++] = digits[i];
    if (parens && negative) amount[a++] = ')';
    else if (parens && have_left) amount[a++] = ' ';

    size_t pad = width > a ? width - a : 0;
    for (size_t i = 0; !left && i < pad; ++i)
      if (!out.put(' ')) return fail(E2BIG, ssize_t{-1});
    if (!out.put(amount, a)) return fail(E2BIG, ssize_t{-1});
    for (size_t i = 0; left && i < pad; ++i)
      if (!out.put(' ')) return fail(E2BIG, ssize_t{-1});
  }
  if (max == 0) return fail(E2BIG, ssize_t{-1});
  s[out.n] = '\0';
  return static_cast<ssize_t>(out.n);
}

}  // namespace
}  // namespace pure

extern "C" ssize_t strfmon(char* __restrict s, size_t max, const char* __restrict format, ...) {
  va_list ap;
  va_start(ap, format);
  ssize_t r = pure::format(s, max, format, ap);
  va_end(ap);
  return r;
}

extern "C" ssize_t strfmon_l(char* __restrict s, size_t max, locale_t, const char* __restrict format,
                             ...) {
  va_list ap;
  va_start(ap, format);
  ssize_t r = pure::format(s, max, format, ap);
  va_end(ap);
  return r;
}
