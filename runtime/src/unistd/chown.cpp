// chown, fchown, lchown, fchownat.
#include <fcntl.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

int fchownat(int dirfd, const char* path, uid_t owner, gid_t group, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fchownat, dirfd, path, owner, group, flags)));
}

int chown(const char* path, uid_t owner, gid_t group) { return fchownat(AT_FDCWD, path, owner, group, 0); }

int lchown(const char* path, uid_t owner, gid_t group) {
  return fchownat(AT_FDCWD, path, owner, group, AT_SYMLINK_NOFOLLOW);
}

int fchown(int fd, uid_t owner, gid_t group) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fchown, fd, owner, group)));
}

}  // extern "C"
