// link, linkat, symlink, symlinkat (the *at forms exist on every architecture).
#include <fcntl.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

int linkat(int olddirfd, const char* oldpath, int newdirfd, const char* newpath, int flags) {
  return static_cast<int>(
      pure::to_errno(pure::syscall(__NR_linkat, olddirfd, oldpath, newdirfd, newpath, flags)));
}

int link(const char* oldpath, const char* newpath) {
  return linkat(AT_FDCWD, oldpath, AT_FDCWD, newpath, 0);
}

int symlinkat(const char* target, int newdirfd, const char* linkpath) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_symlinkat, target, newdirfd, linkpath)));
}

int symlink(const char* target, const char* linkpath) { return symlinkat(target, AT_FDCWD, linkpath); }

}  // extern "C"
