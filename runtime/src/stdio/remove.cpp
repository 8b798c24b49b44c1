// remove: unlink for files, rmdir for directories (C17 7.21.4.1, POSIX).
#include <errno.h>
#include <linux/fcntl.h>

#include "support/errno.h"
#include "support/syscall.h"

extern "C" int remove(const char* path) {
  long r = pure::syscall(__NR_unlinkat, AT_FDCWD, path, 0);
  if (r == -EISDIR) r = pure::syscall(__NR_unlinkat, AT_FDCWD, path, AT_REMOVEDIR);
  return static_cast<int>(pure::to_errno(r));
}
