// POSIX per-process timers: timer_create, timer_settime, timer_gettime, timer_getoverrun,
// timer_delete.
//
// SIGEV_SIGNAL, SIGEV_NONE and SIGEV_THREAD_ID are the kernel's own timers; their timer_t
// is the kernel id, tagged with the low bit. SIGEV_THREAD needs a thread to run the
// function: each such timer is a timerfd watched by a detached helper thread that calls
// the function once per wake-up (further expirations count as overruns, as for signals),
// and an eventfd that tells the thread to finish. Those timers only support the clocks
// timerfd supports (not the CPU-time clocks: EINVAL).
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <time.h>

#include "support/errno.h"

namespace pure {
namespace {

struct ThreadTimer {
  int timer_fd;
  int stop_fd;
  void (*function)(union sigval);
  union sigval value;
  int overrun;  // of the latest notification (atomic)
};

bool is_kernel_timer(timer_t t) { return reinterpret_cast<uintptr_t>(t) & 1; }
int kernel_id(timer_t t) { return static_cast<int>(reinterpret_cast<uintptr_t>(t) >> 1); }
ThreadTimer* thread_timer(timer_t t) { return static_cast<ThreadTimer*>(t); }

void* timer_thread(void* arg) {
  auto* tt = static_cast<ThreadTimer*>(arg);
  sigset_t all;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, nullptr);  // notifications must not steal signals
  for (;;) {
    struct pollfd fds[2] = {{tt->timer_fd, POLLIN, 0}, {tt->stop_fd, POLLIN, 0}};
    long r = syscall(__NR_ppoll, fds, 2, nullptr, nullptr, 8);
    if (r == -EINTR) continue;
    if (is_error(r) || fds[1].revents) break;
    unsigned long long expirations = 0;
    if (syscall(__NR_read, tt->timer_fd, &expirations, sizeof expirations) != sizeof expirations) continue;
    unsigned long long over = expirations - 1;
    __atomic_store_n(&tt->overrun, over > DELAYTIMER_MAX ? DELAYTIMER_MAX : static_cast<int>(over),
                     __ATOMIC_RELAXED);
    tt->function(tt->value);
  }
  syscall(__NR_close, tt->timer_fd);
  syscall(__NR_close, tt->stop_fd);
  free(tt);
  return nullptr;
}

int create_thread_timer(clockid_t clock, const struct sigevent* ev, timer_t* out) {
  if (!ev->sigev_notify_function) return fail(EINVAL, -1);
  long tfd = syscall(__NR_timerfd_create, clock, TFD_CLOEXEC);
  if (is_error(tfd)) return fail(tfd == -EINVAL || tfd == -ENOSYS ? EINVAL : static_cast<int>(-tfd), -1);
  long efd = syscall(__NR_eventfd2, 0, EFD_CLOEXEC);
  if (is_error(efd)) {
    syscall(__NR_close, tfd);
    return fail(static_cast<int>(-efd), -1);
  }
  auto* tt = static_cast<ThreadTimer*>(malloc(sizeof(ThreadTimer)));
  if (!tt) {
    syscall(__NR_close, tfd);
    syscall(__NR_close, efd);
    return fail(EAGAIN, -1);
  }
  *tt = {static_cast<int>(tfd), static_cast<int>(efd), ev->sigev_notify_function, ev->sigev_value, 0};
  pthread_t th;
  int e = pthread_create(&th, ev->sigev_notify_attributes, timer_thread, tt);
  if (e) {
    syscall(__NR_close, tfd);
    syscall(__NR_close, efd);
    free(tt);
    return fail(EAGAIN, -1);
  }
  pthread_detach(th);
  *out = tt;
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int timer_create(clockid_t clock, struct sigevent* __restrict ev, timer_t* __restrict out) {
  if (ev && ev->sigev_notify == SIGEV_THREAD) return pure::create_thread_timer(clock, ev, out);
  int id = -1;
  long r = pure::syscall(__NR_timer_create, clock, ev, &id);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  *out = reinterpret_cast<timer_t>((static_cast<uintptr_t>(id) << 1) | 1);
  return 0;
}

int timer_settime(timer_t t, int flags, const struct itimerspec* __restrict value, struct itimerspec* __restrict old) {
  if (pure::is_kernel_timer(t))
    return static_cast<int>(pure::to_errno(pure::syscall(__NR_timer_settime, pure::kernel_id(t), flags, value, old)));
  int tfd_flags = (flags & TIMER_ABSTIME) ? TFD_TIMER_ABSTIME : 0;
  return static_cast<int>(
      pure::to_errno(pure::syscall(__NR_timerfd_settime, pure::thread_timer(t)->timer_fd, tfd_flags, value, old)));
}

int timer_gettime(timer_t t, struct itimerspec* value) {
  if (pure::is_kernel_timer(t))
    return static_cast<int>(pure::to_errno(pure::syscall(__NR_timer_gettime, pure::kernel_id(t), value)));
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_timerfd_gettime, pure::thread_timer(t)->timer_fd, value)));
}

int timer_getoverrun(timer_t t) {
  if (pure::is_kernel_timer(t))
    return static_cast<int>(pure::to_errno(pure::syscall(__NR_timer_getoverrun, pure::kernel_id(t))));
  return __atomic_load_n(&pure::thread_timer(t)->overrun, __ATOMIC_RELAXED);
}

// A SIGEV_THREAD timer is disarmed at once; its thread finishes (and frees it) on its own,
// possibly after a notification already under way has returned.
int timer_delete(timer_t t) {
  if (pure::is_kernel_timer(t))
    return static_cast<int>(pure::to_errno(pure::syscall(__NR_timer_delete, pure::kernel_id(t))));
  pure::ThreadTimer* tt = pure::thread_timer(t);
  struct itimerspec off = {};
  pure::syscall(__NR_timerfd_settime, tt->timer_fd, 0, &off, nullptr);
  unsigned long long one = 1;
  pure::syscall(__NR_write, tt->stop_fd, &one, sizeof one);
  return 0;
}

}  // extern "C"
