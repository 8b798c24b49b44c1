// err, errx, warn, warnx and their va_list forms (BSD <err.h>).
#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace pure {
namespace {

// "prog: " then the message, then ": strerror(errnum)" when with_errno, then a newline.
// errnum is captured by the caller before any stdio call could change errno.
void report(const char* fmt, va_list ap, bool with_errno, int errnum) {
  flockfile(stderr);  // keep the pieces of one message together
  fprintf(stderr, "%s: ", program_invocation_short_name ? program_invocation_short_name : "");
  if (fmt) {
    vfprintf(stderr, fmt, ap);
    if (with_errno) fputs(": ", stderr);
  }
  if (with_errno) fputs(strerror(errnum), stderr);
  fputc('\n', stderr);
  funlockfile(stderr);
}

}  // namespace
}  // namespace pure

extern "C" {

void vwarn(const char* fmt, va_list ap) { pure::report(fmt, ap, true, errno); }

void vwarnx(const char* fmt, va_list ap) { pure::report(fmt, ap, false, 0); }

void warn(const char* fmt, ...) {
  int e = errno;
  va_list ap;
  va_start(ap, fmt);
  pure::report(fmt, ap, true, e);
  va_end(ap);
}

void warnx(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  pure::report(fmt, ap, false, 0);
  va_end(ap);
}

void verr(int status, const char* fmt, va_list ap) {
  pure::report(fmt, ap, true, errno);
  exit(status);
}

void verrx(int status, const char* fmt, va_list ap) {
  pure::report(fmt, ap, false, 0);
  exit(status);
}

void err(int status, const char* fmt, ...) {
  int e = errno;
  va_list ap;
  va_start(ap, fmt);
  pure::report(fmt, ap, true, e);
  va_end(ap);
  exit(status);
}

void errx(int status, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  pure::report(fmt, ap, false, 0);
  va_end(ap);
  exit(status);
}

}  // extern "C"
