// perror: "prefix: message\n" on stderr, in one write.
#include <errno.h>
#include <string.h>

#include "stdio/file.h"

using namespace pure::stdio;

extern "C" void perror(const char* s) {
  int error = errno;
  const char* msg = strerror(error);
  FileGuard g(stderr);
  char line[512];
  size_t n = 0;
  auto add = [&](const char* t) {
    for (; *t && n < sizeof line; t++) line[n++] = *t;
  };
  if (s && *s) {
    add(s);
    add(": ");
  }
  add(msg);
  add("\n");
  if (n == sizeof line) line[n - 1] = '\n';
  write_unlocked(stderr, line, n);
  errno = error;
}
