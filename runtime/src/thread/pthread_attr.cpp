// pthread_attr_*: thread creation attributes, and pthread_getattr_np.
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sys/resource.h>

#include "start/start.h"
#include "support/syscall.h"
#include "thread/attr.h"
#include "thread/thread.h"

using pure::as_attr;

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

int pthread_attr_setinheritsched(pthread_attr_t* a, int inherit) {
  if (inherit != PTHREAD_INHERIT_SCHED && inherit != PTHREAD_EXPLICIT_SCHED) return EINVAL;
  // Explicit scheduling would need sched_setscheduler on the new thread; not offered.
  if (inherit == PTHREAD_EXPLICIT_SCHED) return ENOTSUP;
  as_attr(a)->inherit_sched = inherit;
  return 0;
}

int pthread_attr_getschedparam(const pthread_attr_t* __restrict a, struct sched_param* __restrict p) {
  p->sched_priority = as_attr(a)->priority;
  return 0;
}

int pthread_attr_setschedparam(pthread_attr_t* __restrict a, const struct sched_param* __restrict p) {
  // Only meaningful with PTHREAD_EXPLICIT_SCHED, which is refused; SCHED_OTHER needs 0.
  if (p->sched_priority != 0) return ENOTSUP;
  as_attr(a)->priority = p->sched_priority;
  return 0;
}

int pthread_attr_getschedpolicy(const pthread_attr_t* __restrict a, int* __restrict policy) {
  *policy = as_attr(a)->policy;
  return 0;
}

int pthread_attr_setschedpolicy(pthread_attr_t* a, int policy) {
  if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR) return EINVAL;
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
  as_attr(a)->stack_addr = nullptr;
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
  // The main thread: its stack grows down from the top of the initial stack mapping, up
  // to RLIMIT_STACK. argv lives near that top, so it bounds the stack from above.
  struct rlimit lim;
  if (pure::is_error(pure::syscall(__NR_prlimit64, 0, RLIMIT_STACK, nullptr, &lim))) return EAGAIN;
  size_t size = lim.rlim_cur == RLIM_INFINITY || lim.rlim_cur > (8UL << 20) ? (8UL << 20) : lim.rlim_cur;
  uintptr_t top = (reinterpret_cast<uintptr_t>(pure::auxv) + 4095) & ~static_cast<uintptr_t>(4095);
  a->stack_addr = reinterpret_cast<void*>(top - size);
  a->stack_size = size;
  a->guard_size = 0;
  return 0;
}

}  // extern "C"
