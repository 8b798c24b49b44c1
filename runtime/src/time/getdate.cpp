// getdate and getdate_r: a user-supplied date matched against the strptime templates in
// the file named by DATEMSK, one per line, first match wins. What the input leaves out is
// taken from the current local time by POSIX's rules: the next matching weekday or month,
// the first of the month, the current time of day, or, with no date at all, today if the
// hour has not passed yet and tomorrow otherwise.
#define _GNU_SOURCE 1
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

int getdate_err;

namespace pure {
namespace {

// getdate_err values (POSIX).
enum : int {
  kNoDatemsk = 1,
  kCannotOpen = 2,
  kNoStatus = 3,
  kNotRegular = 4,
  kReadError = 5,
  kNoMemory = 6,
  kNoMatch = 7,
  kInvalid = 8,
};

constexpr int kUnset = INT_MIN;

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// Parses `input` with each template; 0 with *tm holding the fields found (kUnset where
// the template had none), or an error code.
int match_templates(const char* input, struct tm* tm) {
  const char* path = getenv("DATEMSK");
  if (!path || !*path) return kNoDatemsk;
  FILE* f = fopen(path, "re");
  if (!f) return kCannotOpen;
  struct stat st;
  if (fstat(fileno(f), &st) != 0) {
    fclose(f);
    return kNoStatus;
  }
  if (!S_ISREG(st.st_mode)) {
    fclose(f);
    return kNotRegular;
  }
  char* line = nullptr;
  size_t cap = 0;
  int result = kNoMatch;
  ssize_t n;
  errno = 0;
  while ((n = getline(&line, &cap, f)) >= 0) {
    if (n && line[n - 1] == '\n') line[n - 1] = 0;
    *tm = {};
    tm->tm_sec = tm->tm_min = tm->tm_hour = tm->tm_mday = tm->tm_mon = tm->tm_year = kUnset;
    tm->tm_wday = tm->tm_yday = kUnset;
    tm->tm_isdst = -1;
    const char* end = strptime(input, line, tm);
    if (!end) continue;
    while (is_space(*end)) end++;
    if (!*end) {
      result = 0;
      break;
    }
  }
  if (result && errno == ENOMEM) result = kNoMemory;
  else if (result && ferror(f)) result = kReadError;
  free(line);
  fclose(f);
  return result;
}

// Completes a parsed date from the current local time; 0 or kInvalid.
int complete(struct tm* tm) {
  time_t now_t = time(nullptr);
  struct tm now;
  if (!localtime_r(&now_t, &now)) return kInvalid;
  bool have_year = tm->tm_year != kUnset, have_mon = tm->tm_mon != kUnset, have_mday = tm->tm_mday != kUnset;
  bool have_wday = tm->tm_wday != kUnset;
  bool have_time = tm->tm_hour != kUnset || tm->tm_min != kUnset || tm->tm_sec != kUnset;
  if (!have_time) {
    tm->tm_hour = now.tm_hour;
    tm->tm_min = now.tm_min;
    tm->tm_sec = now.tm_sec;
  } else {
    if (tm->tm_hour == kUnset) tm->tm_hour = 0;
    if (tm->tm_min == kUnset) tm->tm_min = 0;
    if (tm->tm_sec == kUnset) tm->tm_sec = 0;
  }
  int add_days = 0;
  if (have_year || have_mon || have_mday) {
    if (!have_year) {
      tm->tm_year = now.tm_year;
      if (have_mon && tm->tm_mon < now.tm_mon) tm->tm_year++;  // the next such month
    }
    if (!have_mon) tm->tm_mon = have_year ? 0 : now.tm_mon;
    if (!have_mday) tm->tm_mday = 1;
  } else {
    tm->tm_year = now.tm_year;
    tm->tm_mon = now.tm_mon;
    tm->tm_mday = now.tm_mday;
    if (have_wday) {
      add_days = (tm->tm_wday - now.tm_wday + 7) % 7;
    } else if (have_time && tm->tm_hour < now.tm_hour) {
      add_days = 1;
    }
  }
  int year = tm->tm_year, mon = tm->tm_mon, mday = tm->tm_mday, hour = tm->tm_hour;
  int min = tm->tm_min, sec = tm->tm_sec;
  if (mon < 0 || mon > 11 || mday < 1 || mday > 31 || hour < 0 || hour > 23 || min < 0 || min > 59 ||
      sec < 0 || sec > 60)
    return kInvalid;
  tm->tm_isdst = -1;
  mktime(tm);
  // A day the month does not have (February 30) came back normalized: refuse it.
  if (tm->tm_year != year || tm->tm_mon != mon || tm->tm_mday != mday) return kInvalid;
  if (add_days) {
    tm->tm_mday += add_days;
    tm->tm_isdst = -1;
    mktime(tm);
  }
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int getdate_r(const char* __restrict input, struct tm* __restrict result) {
  int e = pure::match_templates(input, result);
  return e ? e : pure::complete(result);
}

struct tm* getdate(const char* input) {
  static constinit struct tm result = {};
  int e = getdate_r(input, &result);
  if (e) {
    getdate_err = e;
    return nullptr;
  }
  return &result;
}

}  // extern "C"
