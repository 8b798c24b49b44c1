// lchmod: chmod that does not follow a final symbolic link. Linux keeps no mode on
// symlinks, so for one it fails with EOPNOTSUPP; anything else is changed as by chmod.
#include <fcntl.h>
#include <sys/stat.h>

extern "C" int lchmod(const char* path, mode_t mode) {
  return fchmodat(AT_FDCWD, path, mode, AT_SYMLINK_NOFOLLOW);
}
