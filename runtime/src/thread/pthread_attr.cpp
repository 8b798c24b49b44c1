// pthread_attr_*: thread creation attributes, pthread_getattr_np, and the process-wide
// defaults (pthread_getattr_default_np, pthread_setattr_default_np).
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sys/resource.h>
#include <linux/fcntl.h>

#include "start/start.h"
#include "support/lock.h"
#include "support/syscall.h"
#include "thread/attr.h"
#include "thread/thread.h"

using pure::as_attr;

namespace pure {
namespace {
constinit Lock defaults_lock;
constinit Attr defaults = {kDefaultStackSize, kDefaultGuardSize, nullptr, PTHREAD_CREATE_JOINABLE,
                           PTHREAD_INHERIT_SCHED, SCHED_OTHER, 0, PTHREAD_SCOPE_SYSTEM};
}  // namespace

Attr default_attr() {
  LockGuard guard(defaults_lock);
  return defaults;
}

}  // namespace pure

namespace {

// The end of the /proc/self/maps range holding the main thread's stack, or 0. The auxiliary
// vector sits on that stack, whichever thread asks.
uintptr_t main_stack_top() {
  long fd = pure::syscall(__NR_openat, AT_FDCWD, "/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (pure::is_error(fd)) return 0;
  uintptr_t here = reinterpret_cast<uintptr_t>(pure::auxv);
  char buf[1024];
  size_t have = 0;
  uintptr_t found = 0;
  bool eof = false;
  while (!found && (!eof || have)) {
    if (!eof && have < sizeof buf) {
      long n = pure::syscall(__NR_read, fd, buf + have, sizeof buf - have);
      if (n <= 0) eof = true;
      else have += static_cast<size_t>(n);
    }
    size_t end = 0;
    while (end < have && buf[end] != '\n') end++;
    if (end == have && !eof) {
      if (have == sizeof buf) break;  // a line longer than the buffer: give up
      continue;
    }
    // "start-end perms ...": two hexadecimal numbers.
    uintptr_t lo = 0, hi = 0;
    size_t i = 0;
    auto hex = [&](uintptr_t& v) {
      for (; i < end; i++) {
        char c = buf[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (d < 0) break;
        v = v * 16 + static_cast<uintptr_t>(d);
      }
    };
    hex(lo);
    if (i < end && buf[i] == '-') {
      i++;
      hex(hi);
      if (here >= lo && here < hi) found = hi;
    }
    size_t next = end < have ? end + 1 : have;
    __builtin_memmove(buf, buf + next, have - next);
    have -= next;
  }
  pure::syscall(__NR_close, fd);
  return found;
}

}  // namespace

extern "C" {

int pthread_attr_init(pthread_attr_t* a) {
  *as_attr(a) = pure::default_attr();
  return 0;
}

int pthread_attr_destroy(pthread_attr_t*) { return 0; }

int pthread_attr_getdetachstate(const pthread_attr_t* a, int* state) {
  *state = as_attr(a)->detach_state;
  return 0;
}

int pthread_attr_setdetachstate(pthread_attr_t* a, int state) {
  if (state != PTHREAD_CREATE_JOINABLE && state != PTHREAD_CREATE_DETACHED) return EINVAL;
  as_attr(a)->detach_state = state;
  return 0;
}

int pthread_attr_getguardsize(const pthread_attr_t* __restrict a, size_t* __restrict size) {
  *size = as_attr(a)->guard_size;
  return 0;
}

int pthread_attr_setguardsize(pthread_attr_t* a, size_t size) {
  if (size > SIZE_MAX / 2) return EINVAL;
  as_attr(a)->guard_size = size;
  return 0;
}

int pthread_attr_getinheritsched(const pthread_attr_t* __restrict a, int* __restrict inherit) {
  *inherit = as_attr(a)->inherit_sched;
  return 0;
}

// With PTHREAD_EXPLICIT_SCHED the new thread sets the attribute's policy and priority on
// itself before it runs its start function; pthread_create reports a refusal (EPERM).
int pthread_attr_setinheritsched(pthread_attr_t* a, int inherit) {
  if (inherit != PTHREAD_INHERIT_SCHED && inherit != PTHREAD_EXPLICIT_SCHED) return EINVAL;
  as_attr(a)->inherit_sched = inherit;
  return 0;
}

int pthread_attr_getschedparam(const pthread_attr_t* __restrict a, struct sched_param* __restrict p) {
  p->sched_priority = as_attr(a)->priority;
  return 0;
}

int pthread_attr_setschedparam(pthread_attr_t* __restrict a, const struct sched_param* __restrict p) {
  as_attr(a)->priority = p->sched_priority;  // checked against the policy by pthread_create
  return 0;
}

int pthread_attr_getschedpolicy(const pthread_attr_t* __restrict a, int* __restrict policy) {
  *policy = as_attr(a)->policy;
  return 0;
}

int pthread_attr_setschedpolicy(pthread_attr_t* a, int policy) {
  if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR && policy != SCHED_BATCH &&
      policy != SCHED_IDLE)
    return EINVAL;
  as_attr(a)->policy = policy;
  return 0;
}

int pthread_attr_getscope(const pthread_attr_t* __restrict a, int* __restrict scope) {
  *scope = as_attr(a)->scope;
  return 0;
}

int pthread_attr_setscope(pthread_attr_t* a, int scope) {
  if (scope == PTHREAD_SCOPE_SYSTEM) {
    as_attr(a)->scope = scope;
    return 0;
  }
  return scope == PTHREAD_SCOPE_PROCESS ? ENOTSUP : EINVAL;  // Linux threads are all system scope
}

int pthread_attr_getstack(const pthread_attr_t* __restrict a, void** __restrict addr, size_t* __restrict size) {
  *addr = as_attr(a)->stack_addr;
  *size = as_attr(a)->stack_size;
  return 0;
}

int pthread_attr_setstack(pthread_attr_t* a, void* addr, size_t size) {
  if (size < PTHREAD_STACK_MIN) return EINVAL;
  as_attr(a)->stack_addr = addr;
  as_attr(a)->stack_size = size;
  return 0;
}

int pthread_attr_getstacksize(const pthread_attr_t* __restrict a, size_t* __restrict size) {
  *size = as_attr(a)->stack_size;
  return 0;
}

int pthread_attr_setstacksize(pthread_attr_t* a, size_t size) {
  if (size < PTHREAD_STACK_MIN || size > SIZE_MAX / 2) return EINVAL;
  as_attr(a)->stack_size = size;
  return 0;
}

int pthread_getattr_np(pthread_t thread, pthread_attr_t* out) {
  pure::Thread* t = reinterpret_cast<pure::Thread*>(thread);
  pure::Attr* a = as_attr(out);
  *a = pure::default_attr();
  a->detach_state = __atomic_load_n(&t->state, __ATOMIC_ACQUIRE) == pure::kDetached ? PTHREAD_CREATE_DETACHED
                                                                                      : PTHREAD_CREATE_JOINABLE;
  if (t->stack_size) {
    a->stack_addr = t->stack_base;
    a->stack_size = t->stack_size;
    a->guard_size = t->guard_size;
    return 0;
  }
  // The main thread: its stack is the mapping that holds the auxiliary vector, and may
  // grow down to RLIMIT_STACK (capped at 8 MiB) below the mapping's top.
  uintptr_t top = main_stack_top();
  if (!top) return EAGAIN;
  struct rlimit lim;
  if (pure::is_error(pure::syscall(__NR_prlimit64, 0, RLIMIT_STACK, nullptr, &lim))) return EAGAIN;
  size_t size = lim.rlim_cur == RLIM_INFINITY || lim.rlim_cur > (8UL << 20) ? (8UL << 20) : lim.rlim_cur;
  a->stack_addr = reinterpret_cast<void*>(top - size);
  a->stack_size = size;
  a->guard_size = 0;
  return 0;
}

int pthread_getattr_default_np(pthread_attr_t* out) {
  *as_attr(out) = pure::default_attr();
  return 0;
}

// A default stack address would make every new thread share one stack.
int pthread_setattr_default_np(const pthread_attr_t* in) {
  const pure::Attr* a = as_attr(in);
  if (a->stack_addr) return EINVAL;
  pure::LockGuard guard(pure::defaults_lock);
  pure::defaults = *a;
  return 0;
}

}  // extern "C"
