// fanotify_init and fanotify_mark.
#include <sys/fanotify.h>

#include "support/errno.h"

extern "C" {

int fanotify_init(unsigned int flags, unsigned int event_f_flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fanotify_init, flags, event_f_flags)));
}

int fanotify_mark(int fd, unsigned int flags, uint64_t mask, int dirfd, const char* path) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fanotify_mark, fd, flags, mask, dirfd, path)));
}

}  // extern "C"
