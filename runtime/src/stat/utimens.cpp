// Setting file times: utimensat, futimens, and the older utimes, futimes, lutimes,
// futimesat, utime, all through utimensat.
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <utime.h>

#include "support/errno.h"

namespace pure {
namespace {

long set_times(int dirfd, const char* path, const struct timespec* ts, int flags) {
  return syscall(__NR_utimensat, dirfd, path, ts, flags);
}

// timeval pairs become timespec pairs; a microsecond field out of range is EINVAL.
long set_times_tv(int dirfd, const char* path, const struct timeval tv[2], int flags) {
  if (!tv) return set_times(dirfd, path, nullptr, flags);
  struct timespec ts[2];
  for (int i = 0; i < 2; i++) {
    if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000) return -EINVAL;
    ts[i].tv_sec = tv[i].tv_sec;
    ts[i].tv_nsec = tv[i].tv_usec * 1000;
  }
  return set_times(dirfd, path, ts, flags);
}

}  // namespace
}  // namespace pure

extern "C" {

int utimensat(int dirfd, const char* path, const struct timespec times[2], int flags) {
  // A null path would make the kernel act on dirfd itself, a Linux extension futimens uses;
  // POSIX callers passing null expect an error.
  if (!path) return pure::fail(EFAULT, -1);
  return static_cast<int>(pure::to_errno(pure::set_times(dirfd, path, times, flags)));
}

int futimens(int fd, const struct timespec times[2]) {
  return static_cast<int>(pure::to_errno(pure::set_times(fd, nullptr, times, 0)));
}

int utimes(const char* path, const struct timeval times[2]) {
  return static_cast<int>(pure::to_errno(pure::set_times_tv(AT_FDCWD, path, times, 0)));
}

int lutimes(const char* path, const struct timeval times[2]) {
  return static_cast<int>(pure::to_errno(pure::set_times_tv(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW)));
}

int futimes(int fd, const struct timeval times[2]) {
  return static_cast<int>(pure::to_errno(pure::set_times_tv(fd, nullptr, times, 0)));
}

int futimesat(int dirfd, const char* path, const struct timeval times[2]) {
  return static_cast<int>(pure::to_errno(pure::set_times_tv(dirfd, path, times, 0)));
}

int utime(const char* path, const struct utimbuf* times) {
  if (!times) return static_cast<int>(pure::to_errno(pure::set_times(AT_FDCWD, path, nullptr, 0)));
  struct timespec ts[2] = {{times->actime, 0}, {times->modtime, 0}};
  return static_cast<int>(pure::to_errno(pure::set_times(AT_FDCWD, path, ts, 0)));
}

}  // extern "C"
