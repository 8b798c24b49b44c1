// strftime and strftime_l, C/POSIX locale. Every conversion of C17 and POSIX 2008, with
// the E and O modifiers accepted (they change nothing in this locale), POSIX's '0' and '+'
// flags and field widths, and the common extensions %k %l %P %s and the '-', '_', '^', '#'
// flags.
#include <time.h>

#include "time/civil.h"

namespace pure {
namespace {

constexpr const char* kDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

// Output with the C semantics: nothing past max, and a result of 0 when it does not fit.
struct Out {
  char* s;
  size_t max;
  size_t len;
  void put(char c) {
    if (len < max) s[len] = c;
    len++;
  }
};

struct Spec {
  char flag;   // 0, '-', '_', '0', '+', '^', '#'
  int width;   // -1 when not given
};

void put_text(Out& o, const char* text, size_t n, const Spec& sp, bool upper) {
  int pad = sp.width > static_cast<int>(n) ? sp.width - static_cast<int>(n) : 0;
  if (sp.flag != '-')
    for (int i = 0; i < pad; i++) o.put(sp.flag == '0' ? '0' : ' ');
  for (size_t i = 0; i < n; i++) {
    char c = text[i];
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    o.put(c);
  }
}

void put_string(Out& o, const char* text, const Spec& sp, bool upper = false) {
  size_t n = 0;
  while (text[n]) n++;
  put_text(o, text, n, sp, upper || sp.flag == '^');
}

// A number with its default width and padding ('0' or ' '), which the flags may change.
// For the year-like conversions, sign_digits is their usual digit count (4, or 2 for the
// century): POSIX's '+' flag then adds a '+' when the value has more digits than that or a
// field width beyond it was asked for.
void put_number(Out& o, long long v, int def_width, char def_pad, const Spec& sp, int sign_digits = 0) {
  char digits[24];
  int n = 0;
  bool neg = v < 0;
  unsigned long long u = neg ? 0 - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  do digits[n++] = static_cast<char>('0' + u % 10);
  while ((u /= 10) != 0);
  int width = sp.width >= 0 ? sp.width : def_width;
  char pad = def_pad;
  if (sp.flag == '0' || sp.flag == '+') pad = '0';
  if (sp.flag == '_') pad = ' ';
  if (sp.flag == '-') width = 0;
  char sign = neg ? '-' : 0;
  if (!neg && sp.flag == '+' && sign_digits && (n > sign_digits || sp.width > sign_digits)) sign = '+';
  int len = n + (sign ? 1 : 0);
  if (pad == '0') {
    if (sign) o.put(sign);
    for (int i = len; i < width; i++) o.put('0');
  } else {
    for (int i = len; i < width; i++) o.put(' ');
    if (sign) o.put(sign);
  }
  while (n) o.put(digits[--n]);
}

int hour12(int h) {
  int r = h % 12;
  return r == 0 ? 12 : r;
}

void format(Out& o, const char* f, const struct tm* tm);

void convert(Out& o, char c, const Spec& sp, const struct tm* tm) {
  bool upper = sp.flag == '^';
  long long year = tm->tm_year + 1900LL;
  switch (c) {
    case 'a':
    case 'A': {
      if (tm->tm_wday < 0 || tm->tm_wday > 6) return put_string(o, "?", sp);
      const char* name = kDayNames[tm->tm_wday];
      return put_text(o, name, c == 'a' ? 3 : __builtin_strlen(name), sp, upper || sp.flag == '#');
    }
    case 'b':
    case 'h':
    case 'B': {
      if (tm->tm_mon < 0 || tm->tm_mon > 11) return put_string(o, "?", sp);
      const char* name = kMonthNames[tm->tm_mon];
      return put_text(o, name, c == 'B' ? __builtin_strlen(name) : 3, sp, upper);
    }
    case 'c': {
      // The C locale's "%a %b %e %H:%M:%S %Y", padded as one field.
      char buf[64];
      Out inner{buf, sizeof buf - 1, 0};
      format(inner, "%a %b %e %H:%M:%S %Y", tm);
      buf[inner.len < sizeof buf ? inner.len : sizeof buf - 1] = '\0';
      return put_string(o, buf, sp, upper);
    }
    case 'C': return put_number(o, floor_div(year, 100), 2, '0', sp, 2);
    case 'd': return put_number(o, tm->tm_mday, 2, '0', sp);
    case 'D': return format(o, "%m/%d/%y", tm);
    case 'e': return put_number(o, tm->tm_mday, 2, ' ', sp);
    case 'F': {
      // "%+4Y-%m-%d": the width, when given, applies to the whole field.
      char buf[64];
      Out inner{buf, sizeof buf - 1, 0};
      Spec ys = {sp.flag ? sp.flag : '+', sp.width >= 6 ? sp.width - 6 : 4};
      put_number(inner, year, 4, '0', ys, 4);
      format(inner, "-%m-%d", tm);
      buf[inner.len < sizeof buf ? inner.len : sizeof buf - 1] = '\0';
      return put_string(o, buf, {0, -1});
    }
    case 'g':
    case 'G': {
      long long iy;
      int w;
      iso_week(tm, &iy, &w);
      if (c == 'g') return put_number(o, floor_mod(iy, 100), 2, '0', sp);
      return put_number(o, iy, 0, '0', sp, 4);
    }
    case 'H': return put_number(o, tm->tm_hour, 2, '0', sp);
    case 'I': return put_number(o, hour12(tm->tm_hour), 2, '0', sp);
    case 'j': return put_number(o, tm->tm_yday + 1LL, 3, '0', sp);
    case 'k': return put_number(o, tm->tm_hour, 2, ' ', sp);
    case 'l': return put_number(o, hour12(tm->tm_hour), 2, ' ', sp);
    case 'm': return put_number(o, tm->tm_mon + 1LL, 2, '0', sp);
    case 'M': return put_number(o, tm->tm_min, 2, '0', sp);
    case 'n': return o.put('\n');
    case 'p': return put_string(o, tm->tm_hour >= 12 ? "PM" : "AM", sp, sp.flag == '#' ? false : upper);
    case 'P': return put_string(o, tm->tm_hour >= 12 ? "pm" : "am", sp);
    case 'r': return format(o, "%I:%M:%S %p", tm);
    case 'R': return format(o, "%H:%M", tm);
    case 's': {
      struct tm copy = *tm;
      return put_number(o, mktime(&copy), 1, '0', sp);
    }
    case 'S': return put_number(o, tm->tm_sec, 2, '0', sp);
    case 't': return o.put('\t');
    case 'T': return format(o, "%H:%M:%S", tm);
    case 'u': return put_number(o, tm->tm_wday == 0 ? 7 : tm->tm_wday, 1, '0', sp);
    case 'U': return put_number(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, '0', sp);
    case 'V': {
      long long iy;
      int w;
      iso_week(tm, &iy, &w);
      return put_number(o, w, 2, '0', sp);
    }
    case 'w': return put_number(o, tm->tm_wday, 1, '0', sp);
    case 'W': return put_number(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, '0', sp);
    case 'x': return format(o, "%m/%d/%y", tm);
    case 'X': return format(o, "%H:%M:%S", tm);
    case 'y': return put_number(o, floor_mod(year, 100), 2, '0', sp);
    case 'Y': return put_number(o, year, 0, '0', sp, 4);
    case 'z': {
      // +hhmm east of UTC; with unknown DST (tm_isdst < 0) nothing is known: empty.
      if (tm->tm_isdst < 0) return;
      long off = tm->tm_gmtoff;
      o.put(off < 0 ? '-' : '+');
      if (off < 0) off = -off;
      Spec two = {0, -1};
      put_number(o, off / 3600, 2, '0', two);
      return put_number(o, off / 60 % 60, 2, '0', two);
    }
    case 'Z': {
      if (tm->tm_isdst < 0) return;
      const char* zone = tm->tm_zone;
      if (!zone) zone = tzname[tm->tm_isdst > 0 ? 1 : 0];
      return put_string(o, zone ? zone : "", sp, upper);
    }
    case '%': return o.put('%');
    default:
      // Unknown conversions are copied as they are, so the mistake is visible.
      o.put('%');
      return o.put(c);
  }
}

void format(Out& o, const char* f, const struct tm* tm) {
  while (*f) {
    if (*f != '%') {
      o.put(*f++);
      continue;
    }
    const char* start = f++;
    Spec sp = {0, -1};
    while (*f == '-' || *f == '_' || *f == '0' || *f == '+' || *f == '^' || *f == '#') sp.flag = *f++;
    if (*f >= '1' && *f <= '9') {
      sp.width = 0;
      while (*f >= '0' && *f <= '9') {
        if (sp.width < 4096) sp.width = sp.width * 10 + (*f - '0');
        f++;
      }
    }
    if (*f == 'E' || *f == 'O') f++;
    if (!*f) {  // a lone '%' at the end is copied
      while (*start) o.put(*start++);
      return;
    }
    convert(o, *f++, sp, tm);
  }
}

}  // namespace
}  // namespace pure

extern "C" {

size_t strftime(char* __restrict s, size_t max, const char* __restrict format, const struct tm* __restrict tm) {
  pure::Out o{s, max, 0};
  pure::format(o, format, tm);
  if (o.len >= max) {
    if (max) s[0] = '\0';
    return 0;
  }
  s[o.len] = '\0';
  return o.len;
}

// The C locale's rules serve every locale until locales carry their own time formats.
size_t strftime_l(char* __restrict s, size_t max, const char* __restrict format, const struct tm* __restrict tm,
                  locale_t) {
  return strftime(s, max, format, tm);
}

}  // extern "C"
