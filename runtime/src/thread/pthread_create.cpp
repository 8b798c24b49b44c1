// Thread life: pthread_create, pthread_exit, pthread_join (and the _np variants),
// pthread_detach, pthread_self, pthread_equal.
//
// A thread lives in one mapping: [guard][stack ... ][TLS + descriptor]. Its creator
// clones with CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID on Thread::tid, so the kernel
// zeroes tid and wakes futex waiters once the thread can no longer touch its stack: that
// is when a joiner may unmap it. A detached thread unmaps itself from assembly.
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <linux/auxvec.h>
#include <linux/mman.h>
#include <linux/sched.h>

#include "signal/sigbits.h"
#include "start/start.h"
#include "support/lock.h"
#include "support/syscall.h"
#include "thread/attr.h"
#include "thread/futex.h"
#include "thread/thread.h"

extern "C" {
long __pure_clone(int (*fn)(void*), void* stack, unsigned long flags, void* arg, int* parent_tid, void* tls,
                  int* child_tid);
[[noreturn]] void __pure_unmap_and_exit(void* base, size_t size);
}

namespace pure {

void fork_child_hook();

// fork() only weakly refers to its hooks (thread/pthread_atfork.cpp), so that a program
// without threads does not carry them. A program with threads needs them even if it never
// calls pthread_atfork: a lock (malloc's, stdio's) held by another thread must not reach
// the child held. This reference links them in with pthread_create.
[[gnu::used]] constinit void (*const keep_fork_hooks)() = fork_child_hook;

constinit bool multithreaded = false;
constinit int live_threads = 1;

namespace {

size_t page_size() {
  size_t p = aux_value(AT_PAGESZ);
  return p ? p : 4096;
}
size_t round_up(size_t v, size_t a) { return (v + a - 1) & ~(a - 1); }

constexpr int kStartPending = 1;  // *Thread::start_result until the new thread has set its policy

int thread_entry(void* p) {
  Thread* t = static_cast<Thread*>(p);
  if (int* report = t->start_result) {
    // PTHREAD_EXPLICIT_SCHED: the thread sets its own policy before running anything and
    // tells its creator; on failure the creator reclaims it and reports the error. The
    // report goes to the creator's stack: a detached thread's memory may be gone by the
    // time its creator reads it.
    struct sched_param param = {t->sched_priority};
    long r = syscall(__NR_sched_setscheduler, 0, t->sched_policy, &param);
    if (r != 0) {
      // Leaves the thread list like any exiting thread; a set*id broadcast may be waiting
      // for this thread meanwhile, so its signal must get through.
      restore_signals(~(1UL << (kSigReserved - 1)));
      thread_list_remove(t);
    }
    __atomic_store_n(report, static_cast<int>(-r), __ATOMIC_RELEASE);
    futex_wake_n(report, 1);  // once stored, the creator may return: a stale wake is harmless
    if (r != 0) return 0;
  }
  restore_signals(t->start_mask);
  pthread_exit(t->start(t->arg));
}

// Waits until the kernel has cleared t->tid, i.e. the thread is fully gone.
// pthread_join's wait is a cancellation point.
long wait_gone(Thread* t, clockid_t clock, const struct timespec* deadline, bool cancellable = false) {
  for (;;) {
    int tid = __atomic_load_n(&t->tid, __ATOMIC_ACQUIRE);
    if (tid == 0) return 0;
    long r = futex_wait_until(&t->tid, tid, clock, deadline, /*shared=*/true, cancellable);
    if (r == -ETIMEDOUT) return r;
  }
}

// A few mappings of finished threads are kept for reuse: mmap + mprotect + munmap and the
// page faults on a fresh stack cost more than the whole thread start otherwise. An entry
// whose `owner` is set belongs to a detached thread that parked its own mapping on its way
// out; it is reusable once the kernel has cleared owner->tid.
struct CachedMap {
  char* base;
  size_t size;
  size_t guard;
  Thread* owner;
};
constexpr int kCacheSlots = 8;
constinit Lock cache_lock;
constinit CachedMap cache[kCacheSlots] = {};
constinit int cache_count = 0;

bool cache_put(Thread* t, Thread* owner) {
  if (!t->own_stack) return false;
  LockGuard guard(cache_lock);
  if (cache_count == kCacheSlots) return false;
  cache[cache_count++] = {static_cast<char*>(t->map_base), t->map_size, t->guard_size, owner};
  return true;
}

char* cache_take(size_t size, size_t guard_size) {
  LockGuard guard(cache_lock);
  for (int i = 0; i < cache_count; i++) {
    CachedMap& c = cache[i];
    if (c.size != size || c.guard != guard_size) continue;
    if (c.owner && __atomic_load_n(&c.owner->tid, __ATOMIC_ACQUIRE) != 0) continue;  // still exiting
    char* base = c.base;
    c = cache[--cache_count];
    return base;
  }
  return nullptr;
}

void release(Thread* t) {
  if (t->map_base && !cache_put(t, nullptr)) syscall(__NR_munmap, t->map_base, t->map_size);
}

int join(Thread* t, void** result, bool try_only, const struct timespec* deadline) {
  if (t == current_thread()) return EDEADLK;
  int state = __atomic_load_n(&t->state, __ATOMIC_ACQUIRE);
  if (state == kDetached) return EINVAL;
  if (try_only && (state != kExiting || __atomic_load_n(&t->tid, __ATOMIC_ACQUIRE) != 0)) return EBUSY;
  if (deadline && !valid_deadline(deadline)) return EINVAL;
  long r = wait_gone(t, CLOCK_REALTIME, deadline, /*cancellable=*/!try_only);
  if (r == -ETIMEDOUT) return ETIMEDOUT;
  if (result) *result = t->result;
  release(t);
  return 0;
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

int pthread_create(pthread_t* __restrict out, const pthread_attr_t* __restrict attr_in, void* (*start)(void*),
                   void* __restrict arg) {
  Attr attr = attr_in ? *as_attr(attr_in) : default_attr();
  size_t page = page_size();
  size_t area = thread_area_size();
  size_t guard = 0, stack = 0, map_size;
  if (attr.stack_addr) {
    // The caller owns the stack; only TLS and the descriptor need a mapping.
    map_size = round_up(area, page);
  } else {
    guard = round_up(attr.guard_size, page);
    stack = round_up(attr.stack_size ? attr.stack_size : kDefaultStackSize, page);
    map_size = guard + stack + round_up(area, page);
  }
  char* base = attr.stack_addr ? nullptr : cache_take(map_size, guard);
  if (!base) {
    long m = syscall(__NR_mmap, nullptr, map_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK,
                     -1, 0);
    if (is_error(m)) return EAGAIN;
    base = reinterpret_cast<char*>(m);
    if (guard && is_error(syscall(__NR_mprotect, base, guard, PROT_NONE))) {
      syscall(__NR_munmap, base, map_size);
      return EAGAIN;
    }
  }
  char* area_start = base + map_size - round_up(area, page);
  Thread* t = init_thread_area(area_start);
  Thread* self = current_thread();
  t->canary = self->canary;
  t->map_base = base;
  t->map_size = map_size;
  t->start = start;
  t->arg = arg;
  t->state = attr.detach_state == PTHREAD_CREATE_DETACHED ? kDetached : kJoinable;
  char* stack_top;
  if (attr.stack_addr) {
    t->stack_base = attr.stack_addr;
    t->stack_size = attr.stack_size;
    stack_top = static_cast<char*>(attr.stack_addr) + attr.stack_size;
  } else {
    t->stack_base = base + guard;
    t->stack_size = stack;
    t->guard_size = guard;
    t->own_stack = 1;
    stack_top = area_start;
  }

  bool explicit_sched = attr.inherit_sched == PTHREAD_EXPLICIT_SCHED;
  int start_result = kStartPending;
  if (explicit_sched) {
    t->start_result = &start_result;
    t->sched_policy = attr.policy;
    t->sched_priority = attr.priority;
  }

  // Stored before the thread runs, so it may read a shared pthread_t its creator fills in.
  *out = reinterpret_cast<pthread_t>(t);
  __atomic_store_n(&multithreaded, true, __ATOMIC_RELAXED);
  __atomic_fetch_add(&live_threads, 1, __ATOMIC_RELAXED);
  // Listed before it runs, and under the list lock taken with signals still open (a set*id
  // broadcast in progress needs this thread's answer), so it starts with the current ids.
  thread_list_lock();
  thread_list_add(t);
  // The child starts with every signal blocked, so no handler runs before it is ready; it
  // then takes over the creator's mask, as POSIX says.
  unsigned long mask = block_all_signals();
  t->start_mask = mask;
  unsigned long flags = CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM |
                        CLONE_SETTLS | CLONE_PARENT_SETTID | CLONE_CHILD_CLEARTID;
#if defined(__x86_64__)
  void* tls = t;
#else
  void* tls = reinterpret_cast<char*>(t) + sizeof(Thread);
#endif
  long r = __pure_clone(thread_entry, stack_top, flags, t, &t->tid, tls, &t->tid);
  // A detached thread may already be gone (and its memory with it): t is not touched again.
  restore_signals(mask);
  thread_list_unlock();
  int err = 0;
  if (is_error(r)) {
    thread_list_remove(t);
    err = EAGAIN;
  } else if (explicit_sched) {
    int res;
    while ((res = __atomic_load_n(&start_result, __ATOMIC_ACQUIRE)) == kStartPending)
      futex_wait_until(&start_result, kStartPending, CLOCK_REALTIME, nullptr);
    if (res != 0) {
      err = res;
      wait_gone(t, CLOCK_REALTIME, nullptr);
    }
  }
  if (err) {
    __atomic_fetch_sub(&live_threads, 1, __ATOMIC_RELAXED);
    syscall(__NR_munmap, base, map_size);
    return err;
  }
  return 0;
}

void pthread_exit(void* result) {
  Thread* t = current_thread();
  t->result = result;
  t->cancel_disabled = 1;
  while (__pthread_cleanup* c = t->cleanup) {
    t->cleanup = c->__next;
    c->__routine(c->__arg);
  }
  run_tls_dtors();
  run_key_dtors(t);
  if (release_robust_mutexes) release_robust_mutexes(t);

  // The last thread ends the process as if by exit(0) (atexit handlers, stdio flush).
  if (__atomic_sub_fetch(&live_threads, 1, __ATOMIC_ACQ_REL) == 0) exit(0);
  thread_list_remove(t);

  int expected = kJoinable;
  if (__atomic_compare_exchange_n(&t->state, &expected, kExiting, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE) ||
      !t->map_base) {
    // Joinable (or the main thread, whose memory is never freed): the joiner frees it
    // once the kernel clears tid.
    for (;;) syscall(__NR_exit, 0);
  }
  // Detached: nobody will join, so free our own mapping (or park it in the cache, to be
  // reused once the kernel has cleared tid). No signal handler may run on the stack from
  // here on, and the kernel must not write the cleared tid into an unmapped page.
  block_all_signals();
  if (cache_put(t, t))
    for (;;) syscall(__NR_exit, 0);
  syscall(__NR_set_tid_address, nullptr);
  __pure_unmap_and_exit(t->map_base, t->map_size);
}

int pthread_join(pthread_t thread, void** result) {
  return join(reinterpret_cast<Thread*>(thread), result, false, nullptr);
}

int pthread_tryjoin_np(pthread_t thread, void** result) {
  return join(reinterpret_cast<Thread*>(thread), result, true, nullptr);
}

int pthread_timedjoin_np(pthread_t thread, void** result, const struct timespec* deadline) {
  if (!deadline) return EINVAL;
  return join(reinterpret_cast<Thread*>(thread), result, false, deadline);
}

int pthread_detach(pthread_t thread) {
  Thread* t = reinterpret_cast<Thread*>(thread);
  int expected = kJoinable;
  if (__atomic_compare_exchange_n(&t->state, &expected, kDetached, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
    return 0;
  if (expected == kDetached) return EINVAL;
  // It already finished: detaching means nobody will join, so reclaim it now.
  wait_gone(t, CLOCK_REALTIME, nullptr);
  release(t);
  return 0;
}

pthread_t pthread_self(void) { return reinterpret_cast<pthread_t>(current_thread()); }

int pthread_equal(pthread_t a, pthread_t b) { return a == b; }

}  // extern "C"
