// getdents: the BSD-style name for reading raw directory entries. struct dirent has the
// kernel's linux_dirent64 layout, so this is getdents64 with an int result.
#define _GNU_SOURCE 1
#include <dirent.h>
#include <limits.h>
#include <stddef.h>

#include <asm/unistd.h>

#include "support/errno.h"

static_assert(offsetof(struct dirent, d_name) == 19, "struct dirent must match linux_dirent64");

extern "C" int getdents(int fd, struct dirent* buf, size_t len) {
  // The result is an int: never ask for more than it can report.
  if (len > INT_MAX) len = INT_MAX;
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_getdents64, fd, buf, len)));
}
