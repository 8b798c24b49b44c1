// strptime and strptime_l: parse a date and time with a strftime-like format (every pure
// locale has the "C" locale's LC_TIME).
//
// Fields are parsed into a scratch record and then written to tm; where enough is known,
// the derived fields are filled in as well (weekday and day of year from a full date,
// month and day from year and day of year), as programs commonly rely on.
#include <time.h>

#include "time/civil.h"

namespace pure {
namespace {

constexpr const char* kDayNames[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
constexpr const char* kMonthNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

struct State {
  bool have_year = false, have_century = false, have_yy = false, have_mon = false, have_mday = false,
       have_yday = false, have_wday = false, pm = false, have_ampm = false;
  int century = 0, yy = 0;
};

// Up to max_digits digits with an optional sign, within [lo, hi].
const char* number(const char* s, int max_digits, long lo, long hi, long* out) {
  bool neg = false;
  if (*s == '+' || *s == '-') neg = *s++ == '-';
  if (*s < '0' || *s > '9') return nullptr;
  long v = 0;
  for (int i = 0; i < max_digits && *s >= '0' && *s <= '9'; i++) v = v * 10 + (*s++ - '0');
  if (neg) v = -v;
  if (v < lo || v > hi) return nullptr;
  *out = v;
  return s;
}

// A full or three-letter name from the table, case-insensitively; the longest match wins.
const char* name(const char* s, const char* const* names, int count, int* out) {
  for (int i = 0; i < count; i++) {
    const char* n = names[i];
    int len = 0;
    while (n[len] && lower(s[len]) == n[len]) len++;
    if (!n[len]) {
      *out = i;
      return s + len;
    }
    if (len >= 3) {
      *out = i;
      return s + 3;
    }
  }
  return nullptr;
}

const char* parse(const char* s, const char* f, struct tm* tm, State& st);

const char* conversion(const char* s, char c, struct tm* tm, State& st) {
  long v;
  int idx;
  switch (c) {
    case 'a':
    case 'A':
      if (!(s = name(s, kDayNames, 7, &idx))) return nullptr;
      tm->tm_wday = idx;
      st.have_wday = true;
      return s;
    case 'b':
    case 'B':
    case 'h':
      if (!(s = name(s, kMonthNames, 12, &idx))) return nullptr;
      tm->tm_mon = idx;
      st.have_mon = true;
      return s;
    case 'c': return parse(s, "%a %b %e %H:%M:%S %Y", tm, st);
    case 'C':
      if (!(s = number(s, 2, 0, 99, &v))) return nullptr;
      st.century = static_cast<int>(v);
      st.have_century = true;
      return s;
    case 'd':
    case 'e':
      if (!(s = number(s, 2, 1, 31, &v))) return nullptr;
      tm->tm_mday = static_cast<int>(v);
      st.have_mday = true;
      return s;
    case 'D':
    case 'x': return parse(s, "%m/%d/%y", tm, st);
    case 'F': return parse(s, "%Y-%m-%d", tm, st);
    case 'H':
    case 'k':
      if (!(s = number(s, 2, 0, 23, &v))) return nullptr;
      tm->tm_hour = static_cast<int>(v);
      return s;
    case 'I':
    case 'l':
      if (!(s = number(s, 2, 1, 12, &v))) return nullptr;
      tm->tm_hour = static_cast<int>(v % 12);
      return s;
    case 'j':
      if (!(s = number(s, 3, 1, 366, &v))) return nullptr;
      tm->tm_yday = static_cast<int>(v - 1);
      st.have_yday = true;
      return s;
    case 'm':
      if (!(s = number(s, 2, 1, 12, &v))) return nullptr;
      tm->tm_mon = static_cast<int>(v - 1);
      st.have_mon = true;
      return s;
    case 'M':
      if (!(s = number(s, 2, 0, 59, &v))) return nullptr;
      tm->tm_min = static_cast<int>(v);
      return s;
    case 'n':
    case 't':
      while (is_space(*s)) s++;
      return s;
    case 'p':
    case 'P':
      if (lower(s[0]) == 'a' && lower(s[1]) == 'm') st.pm = false;
      else if (lower(s[0]) == 'p' && lower(s[1]) == 'm') st.pm = true;
      else return nullptr;
      st.have_ampm = true;
      return s + 2;
    case 'r': return parse(s, "%I:%M:%S %p", tm, st);
    case 'R': return parse(s, "%H:%M", tm, st);
    case 's': {
      // Seconds since the Epoch, as local time.
      bool neg = *s == '-';
      if (neg || *s == '+') s++;
      if (*s < '0' || *s > '9') return nullptr;
      long long t = 0;
      while (*s >= '0' && *s <= '9') {
        if (t > (__LONG_LONG_MAX__ - 9) / 10) return nullptr;
        t = t * 10 + (*s++ - '0');
      }
      time_t tt = neg ? -t : t;
      if (!localtime_r(&tt, tm)) return nullptr;
      st.have_year = st.have_mon = st.have_mday = st.have_yday = st.have_wday = true;
      return s;
    }
    case 'S':
      if (!(s = number(s, 2, 0, 60, &v))) return nullptr;
      tm->tm_sec = static_cast<int>(v);
      return s;
    case 'T':
    case 'X': return parse(s, "%H:%M:%S", tm, st);
    case 'u':
      if (!(s = number(s, 1, 1, 7, &v))) return nullptr;
      tm->tm_wday = static_cast<int>(v % 7);
      st.have_wday = true;
      return s;
    case 'w':
      if (!(s = number(s, 1, 0, 6, &v))) return nullptr;
      tm->tm_wday = static_cast<int>(v);
      st.have_wday = true;
      return s;
    case 'U':
    case 'W':
    case 'V':
      // Week numbers are accepted but, alone, do not determine a date.
      return number(s, 2, 0, 53, &v);
    case 'g': return number(s, 2, 0, 99, &v);
    case 'G': return number(s, 4, 0, 9999, &v);
    case 'y':
      if (!(s = number(s, 2, 0, 99, &v))) return nullptr;
      st.yy = static_cast<int>(v);
      st.have_yy = true;
      return s;
    case 'Y':
      if (!(s = number(s, 4, -999, 9999, &v))) return nullptr;
      tm->tm_year = static_cast<int>(v - 1900);
      st.have_year = true;
      st.have_century = st.have_yy = false;
      return s;
    case 'z': {
      // +hh, +hhmm or +hh:mm, or Z.
      if (*s == 'Z') {
        tm->tm_gmtoff = 0;
        return s + 1;
      }
      if (*s != '+' && *s != '-') return nullptr;
      bool neg = *s++ == '-';
      int digits[4], n = 0;
      while (n < 4 && ((*s >= '0' && *s <= '9') || (n == 2 && *s == ':'))) {
        if (*s == ':') {
          s++;
          continue;
        }
        digits[n++] = *s++ - '0';
      }
      if (n != 2 && n != 4) return nullptr;
      long hh = digits[0] * 10 + digits[1], mm = n == 4 ? digits[2] * 10 + digits[3] : 0;
      if (hh > 24 || mm > 59) return nullptr;
      tm->tm_gmtoff = (neg ? -1 : 1) * (hh * 3600 + mm * 60);
      return s;
    }
    case 'Z': {
      // A zone name: letters only; its meaning is not known here, so it is skipped.
      const char* start = s;
      while ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')) s++;
      return s == start ? nullptr : s;
    }
    case '%': return *s == '%' ? s + 1 : nullptr;
    default: return nullptr;
  }
}

const char* parse(const char* s, const char* f, struct tm* tm, State& st) {
  while (*f) {
    if (is_space(*f)) {  // white space in the format matches any amount, including none
      while (is_space(*s)) s++;
      f++;
      continue;
    }
    if (*f != '%') {
      if (*s != *f) return nullptr;
      s++, f++;
      continue;
    }
    f++;
    while (*f == '-' || *f == '_' || *f == '0' || *f == '+' || *f == '^' || *f == '#') f++;  // strftime flags
    while (*f >= '0' && *f <= '9') f++;                                                     // and widths
    if (*f == 'E' || *f == 'O') f++;
    if (!*f) return nullptr;
    char c = *f++;
    // Numeric conversions skip leading white space, as the standard's examples expect.
    if (c != 'n' && c != 't' && c != '%') {
      while (is_space(*s)) s++;
    }
    s = conversion(s, c, tm, st);
    if (!s) return nullptr;
  }
  return s;
}

}  // namespace
}  // namespace pure

extern "C" char* strptime(const char* __restrict s, const char* __restrict format, struct tm* __restrict tm) {
  pure::State st;
  const char* end = pure::parse(s, format, tm, st);
  if (!end) return nullptr;
  if (st.have_ampm) tm->tm_hour = tm->tm_hour % 12 + (st.pm ? 12 : 0);
  if (st.have_century || st.have_yy) {
    // %y alone: 69..99 are 1969..1999, 00..68 are 2000..2068 (POSIX); %C sets the century.
    int century = st.have_century ? st.century : (st.yy >= 69 ? 19 : 20);
    int yy = st.have_yy ? st.yy : 0;
    tm->tm_year = century * 100 + yy - 1900;
    st.have_year = true;
  }
  if (st.have_year) {
    long long year = tm->tm_year + 1900LL;
    bool leap = pure::is_leap(year);
    if (st.have_yday && !(st.have_mon && st.have_mday)) {
      int mon = 0;
      while (mon < 11 && pure::days_before_month(mon + 1, leap) <= tm->tm_yday) mon++;
      tm->tm_mon = mon;
      tm->tm_mday = tm->tm_yday - pure::days_before_month(mon, leap) + 1;
      st.have_mon = st.have_mday = true;
    }
    if (st.have_mon && st.have_mday) {
      long long days = pure::days_from_civil(year, tm->tm_mon + 1, tm->tm_mday);
      tm->tm_wday = static_cast<int>(pure::floor_mod(days + 4, 7));
      tm->tm_yday = pure::days_before_month(tm->tm_mon, leap) + tm->tm_mday - 1;
    }
  }
  return const_cast<char*>(end);
}

extern "C" char* strptime_l(const char* __restrict s, const char* __restrict format, struct tm* __restrict tm,
                            locale_t) {
  return strptime(s, format, tm);
}
