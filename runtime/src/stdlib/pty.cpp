// posix_openpt, grantpt, unlockpt, ptsname and ptsname_r: pseudo-terminal masters from
// /dev/ptmx. With devpts the slave's owner and mode are already right, so grantpt only
// checks that fd is a master.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/fcntl.h>
#include <asm/ioctls.h>

#include "support/errno.h"
#include "support/syscall.h"

namespace pure {
namespace {

// The slave's number, or -errno (ENOTTY when fd is not a master).
long pty_number(int fd) {
  unsigned n;
  long r = syscall(__NR_ioctl, fd, TIOCGPTN, &n);
  if (r < 0) return r == -EINVAL ? -ENOTTY : r;
  return n;
}

int format_name(int fd, char* buf, size_t len) {
  long n = pty_number(fd);
  if (n < 0) return static_cast<int>(-n);
  char digits[12];
  int k = 0;
  unsigned long v = static_cast<unsigned long>(n);
  do {
    digits[k++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  constexpr char kPrefix[] = "/dev/pts/";
  if (sizeof kPrefix + k > len) return ERANGE;
  memcpy(buf, kPrefix, sizeof kPrefix - 1);
  char* p = buf + sizeof kPrefix - 1;
  while (k) *p++ = digits[--k];
  *p = 0;
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int posix_openpt(int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_openat, AT_FDCWD, "/dev/ptmx", flags & ~O_CREAT, 0)));
}

int grantpt(int fd) {
  long n = pure::pty_number(fd);
  return n < 0 ? static_cast<int>(pure::to_errno(n)) : 0;
}

int unlockpt(int fd) {
  int unlock = 0;
  long r = pure::syscall(__NR_ioctl, fd, TIOCSPTLCK, &unlock);
  return static_cast<int>(pure::to_errno(r == -EINVAL ? -ENOTTY : r));
}

int ptsname_r(int fd, char* buf, size_t len) {
  if (!buf) {
    errno = EINVAL;
    return EINVAL;
  }
  int e = pure::format_name(fd, buf, len);
  if (e) errno = e;
  return e;
}

char* ptsname(int fd) {
  static constinit char name[32];  // POSIX allows a static result
  int e = pure::format_name(fd, name, sizeof name);
  if (e) {
    errno = e;
    return nullptr;
  }
  return name;
}

}  // extern "C"
