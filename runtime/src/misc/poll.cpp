// poll, ppoll, select, pselect: all through ppoll/pselect6, which every architecture has;
// cancellation points.
#include <errno.h>
#include <poll.h>
#include <sys/select.h>

#include "support/errno.h"
#include "thread/cancel.h"

namespace pure {
namespace {

constexpr unsigned long kKernelSigsetSize = 8;  // the kernel's sigset: 64 signals

long ppoll(struct pollfd* fds, nfds_t n, const struct timespec* timeout, const sigset_t* mask) {
  // The kernel writes the time left back; the caller's timeout is const.
  struct timespec ts;
  if (timeout) {
    if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000) return -EINVAL;
    ts = *timeout;
  }
  return syscall_cp(__NR_ppoll, fds, n, timeout ? &ts : nullptr, mask, kKernelSigsetSize);
}

long pselect(int nfds, fd_set* r, fd_set* w, fd_set* e, struct timespec* ts, const sigset_t* mask) {
  if (nfds < 0 || nfds > FD_SETSIZE) return -EINVAL;
  struct {
    const sigset_t* set;
    unsigned long size;
  } sigdata = {mask, kKernelSigsetSize};
  return syscall_cp(__NR_pselect6, nfds, r, w, e, ts, mask ? &sigdata : nullptr);
}

}  // namespace
}  // namespace pure

extern "C" {

int poll(struct pollfd fds[], nfds_t nfds, int timeout) {
  struct timespec ts = {timeout / 1000, (timeout % 1000) * 1000000L};
  return static_cast<int>(pure::to_errno(pure::ppoll(fds, nfds, timeout < 0 ? nullptr : &ts, nullptr)));
}

int ppoll(struct pollfd fds[], nfds_t nfds, const struct timespec* timeout, const sigset_t* sigmask) {
  return static_cast<int>(pure::to_errno(pure::ppoll(fds, nfds, timeout, sigmask)));
}

// Linux's select reports the time left in *timeout; this keeps that behaviour.
int select(int nfds, fd_set* __restrict r, fd_set* __restrict w, fd_set* __restrict e,
           struct timeval* __restrict timeout) {
  struct timespec ts;
  if (timeout) {
    if (timeout->tv_sec < 0 || timeout->tv_usec < 0) return pure::fail(EINVAL, -1);
    // Microseconds beyond a second are carried, as the kernel's own select does.
    ts.tv_sec = timeout->tv_sec + timeout->tv_usec / 1000000;
    ts.tv_nsec = (timeout->tv_usec % 1000000) * 1000;
  }
  long res = pure::pselect(nfds, r, w, e, timeout ? &ts : nullptr, nullptr);
  if (timeout && !pure::is_error(res)) {
    timeout->tv_sec = ts.tv_sec;
    timeout->tv_usec = ts.tv_nsec / 1000;
  }
  return static_cast<int>(pure::to_errno(res));
}

int pselect(int nfds, fd_set* __restrict r, fd_set* __restrict w, fd_set* __restrict e,
            const struct timespec* __restrict timeout, const sigset_t* __restrict sigmask) {
  struct timespec ts;
  if (timeout) {
    if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000)
      return pure::fail(EINVAL, -1);
    ts = *timeout;
  }
  return static_cast<int>(pure::to_errno(pure::pselect(nfds, r, w, e, timeout ? &ts : nullptr, sigmask)));
}

}  // extern "C"
