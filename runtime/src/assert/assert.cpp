// __assert_fail: the failure path of assert(). Writes one line straight to fd 2 (no stdio:
// it may be the broken part) and aborts.
#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <bits/types/struct_iovec.h>

#include "support/syscall.h"

extern "C" void __assert_fail(const char* expr, const char* file, unsigned int line,
                              const char* func) {
  char digits[12];
  char* d = digits + sizeof digits;
  do {
    *--d = static_cast<char>('0' + line % 10);
    line /= 10;
  } while (line);
  const char* parts[] = {file, ":", d, ": ", func ? func : "?", ": Assertion `", expr, "' failed.\n"};
  iovec iov[8];
  for (int i = 0; i < 8; i++) {
    size_t n = i == 2 ? static_cast<size_t>(digits + sizeof digits - d) : strlen(parts[i]);
    iov[i] = {const_cast<char*>(parts[i]), n};
  }
  long r;
  do r = pure::syscall(__NR_writev, 2, iov, 8);
  while (r == -EINTR);
  abort();
}
