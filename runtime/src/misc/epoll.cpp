// epoll: epoll_create(1), epoll_ctl, epoll_wait, epoll_pwait(2). aarch64 has neither
// epoll_create nor epoll_wait: epoll_create1 and epoll_pwait serve every target.
#include <errno.h>
#include <stddef.h>
#include <sys/epoll.h>

#include <linux/types.h>  // global, before the kernel header is read into a namespace

#include "support/errno.h"
#include "thread/cancel.h"

namespace kernel {
#include <linux/eventpoll.h>
}
static_assert(sizeof(struct epoll_event) == sizeof(kernel::epoll_event), "struct epoll_event is the kernel's");
static_assert(offsetof(struct epoll_event, data) == offsetof(kernel::epoll_event, data), "epoll_event.data");

namespace {
constexpr unsigned long kKernelSigsetSize = 8;
}

extern "C" {

int epoll_create1(int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_epoll_create1, flags)));
}

// The size is only a hint, but it must be positive.
int epoll_create(int size) {
  if (size <= 0) return pure::fail(EINVAL, -1);
  return epoll_create1(0);
}

int epoll_ctl(int epfd, int op, int fd, struct epoll_event* event) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_epoll_ctl, epfd, op, fd, event)));
}

int epoll_pwait(int epfd, struct epoll_event* events, int maxevents, int timeout, const sigset_t* sigmask) {
  return static_cast<int>(pure::to_errno(
      pure::syscall_cp(__NR_epoll_pwait, epfd, events, maxevents, timeout, sigmask, kKernelSigsetSize)));
}

int epoll_wait(int epfd, struct epoll_event* events, int maxevents, int timeout) {
  return epoll_pwait(epfd, events, maxevents, timeout, nullptr);
}

int epoll_pwait2(int epfd, struct epoll_event* events, int maxevents, const struct timespec* timeout,
                 const sigset_t* sigmask) {
  return static_cast<int>(pure::to_errno(
      pure::syscall_cp(__NR_epoll_pwait2, epfd, events, maxevents, timeout, sigmask, kKernelSigsetSize)));
}

}  // extern "C"
