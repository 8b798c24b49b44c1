// unlink, unlinkat, rmdir (aarch64 has only unlinkat).
#include <fcntl.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

int unlinkat(int dirfd, const char* path, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_unlinkat, dirfd, path, flags)));
}

int unlink(const char* path) { return unlinkat(AT_FDCWD, path, 0); }

int rmdir(const char* path) { return unlinkat(AT_FDCWD, path, AT_REMOVEDIR); }

}  // extern "C"
