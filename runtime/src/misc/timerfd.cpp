// timerfd_create, timerfd_settime, timerfd_gettime.
#include <sys/timerfd.h>

#include "support/errno.h"

extern "C" {

int timerfd_create(clockid_t clock_id, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_timerfd_create, clock_id, flags)));
}

int timerfd_settime(int fd, int flags, const struct itimerspec* new_value, struct itimerspec* old_value) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_timerfd_settime, fd, flags, new_value, old_value)));
}

int timerfd_gettime(int fd, struct itimerspec* curr_value) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_timerfd_gettime, fd, curr_value)));
}

}  // extern "C"
