// rename, renameat, renameat2 (declared in stdio.h). aarch64 has only renameat2.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

#include "support/errno.h"

namespace pure {

long renameat2(int olddirfd, const char* oldpath, int newdirfd, const char* newpath, unsigned flags) {
#if defined(__NR_renameat)
  // Plain renames keep working on kernels or file systems without renameat2.
  if (flags == 0) return syscall(__NR_renameat, olddirfd, oldpath, newdirfd, newpath);
#endif
  return syscall(__NR_renameat2, olddirfd, oldpath, newdirfd, newpath, flags);
}

}  // namespace pure

extern "C" {

int rename(const char* oldpath, const char* newpath) {
  return static_cast<int>(pure::to_errno(pure::renameat2(AT_FDCWD, oldpath, AT_FDCWD, newpath, 0)));
}

int renameat(int olddirfd, const char* oldpath, int newdirfd, const char* newpath) {
  return static_cast<int>(pure::to_errno(pure::renameat2(olddirfd, oldpath, newdirfd, newpath, 0)));
}

int renameat2(int olddirfd, const char* oldpath, int newdirfd, const char* newpath, unsigned int flags) {
  return static_cast<int>(pure::to_errno(pure::renameat2(olddirfd, oldpath, newdirfd, newpath, flags)));
}

}  // extern "C"
