// eventfd and its 8-byte read/write helpers.
#include <errno.h>
#include <sys/eventfd.h>

#include "support/errno.h"

extern "C" {

int eventfd(unsigned int initval, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_eventfd2, initval, flags)));
}

int eventfd_read(int fd, eventfd_t* value) {
  long r = pure::syscall(__NR_read, fd, value, sizeof *value);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  return r == sizeof *value ? 0 : pure::fail(EIO, -1);
}

int eventfd_write(int fd, eventfd_t value) {
  long r = pure::syscall(__NR_write, fd, &value, sizeof value);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  return r == sizeof value ? 0 : pure::fail(EIO, -1);
}

}  // extern "C"
