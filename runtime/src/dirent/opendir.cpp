// opendir, fdopendir, closedir, dirfd.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dirent/dir.h"
#include "support/errno.h"

namespace pure {

DIR* dir_from_fd(int fd) {
  DIR* d = static_cast<DIR*>(malloc(sizeof(DIR)));
  if (!d) return nullptr;
  d->fd = fd;
  d->lock.reset();
  d->pos = d->end = 0;
  d->tell = 0;
  return d;
}

}  // namespace pure

extern "C" {

DIR* opendir(const char* path) {
  long fd = pure::syscall(__NR_openat, AT_FDCWD, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (pure::is_error(fd)) return pure::fail(static_cast<int>(-fd), static_cast<DIR*>(nullptr));
  DIR* d = pure::dir_from_fd(static_cast<int>(fd));
  if (!d) pure::syscall(__NR_close, fd);
  return d;
}

DIR* fdopendir(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0) return nullptr;
  if (!S_ISDIR(st.st_mode)) return pure::fail(ENOTDIR, static_cast<DIR*>(nullptr));
  long fl = pure::syscall(__NR_fcntl, fd, F_GETFL);
  if (pure::is_error(fl) || (fl & O_PATH) || (fl & O_ACCMODE) == O_WRONLY)
    return pure::fail(EBADF, static_cast<DIR*>(nullptr));
  // The stream owns the descriptor from now on; its flags stay as the caller set them.
  return pure::dir_from_fd(fd);
}

int closedir(DIR* d) {
  if (!d) return pure::fail(EBADF, -1);
  int fd = d->fd;
  free(d);
  return close(fd);
}

int dirfd(DIR* d) {
  if (!d) return pure::fail(EINVAL, -1);
  return d->fd;
}

}  // extern "C"
