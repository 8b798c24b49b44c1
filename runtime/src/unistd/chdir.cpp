// chdir, fchdir, chroot.
#include <unistd.h>

#include "support/errno.h"

extern "C" {

int chdir(const char* path) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_chdir, path))); }

int fchdir(int fd) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_fchdir, fd))); }

int chroot(const char* path) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_chroot, path))); }

}  // extern "C"
