// asctime, asctime_r, ctime, ctime_r: the fixed "Sun Sep 16 01:03:52 1973\n" format.
#include <errno.h>
#include <time.h>

#include "support/errno.h"

namespace pure {
namespace {

constexpr char kDays[] = "SunMonTueWedThuFriSat";
constexpr char kMonths[] = "JanFebMarAprMayJunJulAugSepOctNovDec";

char* put_number(char* p, long long v, int width, char pad) {
  char digits[24];
  int n = 0;
  bool neg = v < 0;
  unsigned long long u = neg ? 0 - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  do digits[n++] = static_cast<char>('0' + u % 10);
  while ((u /= 10) != 0);
  if (neg) digits[n++] = '-';
  for (int i = n; i < width; i++) *p++ = pad;
  while (n) *p++ = digits[--n];
  return p;
}

// The C standard's algorithm, with its 26-byte buffer: out-of-range fields (which it leaves
// undefined) give EOVERFLOW instead of overrunning the buffer.
char* format(const struct tm* tm, char* buf) {
  if (tm->tm_wday < 0 || tm->tm_wday > 6 || tm->tm_mon < 0 || tm->tm_mon > 11 || tm->tm_mday < 0 ||
      tm->tm_mday > 99 || tm->tm_hour < 0 || tm->tm_hour > 99 || tm->tm_min < 0 || tm->tm_min > 99 ||
      tm->tm_sec < 0 || tm->tm_sec > 99 || tm->tm_year > 9999 - 1900 || tm->tm_year < -999 - 1900)
    return fail(EOVERFLOW, static_cast<char*>(nullptr));
  char* p = buf;
  for (int i = 0; i < 3; i++) *p++ = kDays[tm->tm_wday * 3 + i];
  *p++ = ' ';
  for (int i = 0; i < 3; i++) *p++ = kMonths[tm->tm_mon * 3 + i];
  *p++ = ' ';
  p = put_number(p, tm->tm_mday, 2, ' ');
  *p++ = ' ';
  p = put_number(p, tm->tm_hour, 2, '0');
  *p++ = ':';
  p = put_number(p, tm->tm_min, 2, '0');
  *p++ = ':';
  p = put_number(p, tm->tm_sec, 2, '0');
  *p++ = ' ';
  p = put_number(p, 1900LL + tm->tm_year, 0, ' ');
  *p++ = '\n';
  *p = '\0';
  return buf;
}

constinit char static_buf[26];

}  // namespace
}  // namespace pure

extern "C" {

char* asctime_r(const struct tm* __restrict tm, char* __restrict buf) { return pure::format(tm, buf); }

char* asctime(const struct tm* tm) { return pure::format(tm, pure::static_buf); }

char* ctime_r(const time_t* t, char* buf) {
  struct tm tm;
  if (!localtime_r(t, &tm)) return nullptr;
  return pure::format(&tm, buf);
}

char* ctime(const time_t* t) {
  struct tm tm;
  if (!localtime_r(t, &tm)) return nullptr;
  return pure::format(&tm, pure::static_buf);
}

}  // extern "C"
