// error and error_at_line (GNU <error.h>).
#include <error.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern "C" {
unsigned int error_message_count = 0;
int error_one_per_line = 0;
void (*error_print_progname)(void) = nullptr;
}

namespace pure {
namespace {

constinit const char* last_file = nullptr;  // for error_one_per_line
constinit unsigned int last_line = 0;

void error_common(int status, int errnum, const char* file, unsigned int line, const char* fmt,
                  va_list ap) {
  fflush(stdout);  // GNU: ordinary output written so far comes before the message
  flockfile(stderr);
  if (error_print_progname)
    error_print_progname();
  else
    fprintf(stderr, "%s:", program_invocation_name ? program_invocation_name : "");
  if (file) fprintf(stderr, "%s:%u: ", file, line);
  else if (!error_print_progname) fputc(' ', stderr);
  vfprintf(stderr, fmt, ap);
  if (errnum) fprintf(stderr, ": %s", strerror(errnum));
  fputc('\n', stderr);
  funlockfile(stderr);
  fflush(stderr);
  error_message_count++;
  if (status) exit(status);
}

}  // namespace
}  // namespace pure

extern "C" {

void error(int status, int errnum, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  pure::error_common(status, errnum, nullptr, 0, fmt, ap);
  va_end(ap);
}

void error_at_line(int status, int errnum, const char* file, unsigned int line, const char* fmt,
                   ...) {
  if (error_one_per_line) {
    bool same = pure::last_file && file && line == pure::last_line &&
                (pure::last_file == file || strcmp(pure::last_file, file) == 0);
    pure::last_file = file;
    pure::last_line = line;
    if (same) return;  // GNU drops the repeat entirely, status included
  }
  va_list ap;
  va_start(ap, fmt);
  pure::error_common(status, errnum, file, line, fmt, ap);
  va_end(ap);
}

}  // extern "C"
