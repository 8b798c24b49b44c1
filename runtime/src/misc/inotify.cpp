// inotify: inotify_init(1), inotify_add_watch, inotify_rm_watch.
#include <sys/inotify.h>

#include "support/errno.h"

extern "C" {

int inotify_init1(int flags) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_inotify_init1, flags))); }

int inotify_init(void) { return inotify_init1(0); }

int inotify_add_watch(int fd, const char* pathname, unsigned int mask) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_inotify_add_watch, fd, pathname, mask)));
}

int inotify_rm_watch(int fd, int wd) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_inotify_rm_watch, fd, wd)));
}

}  // extern "C"
