// Robust mutexes. The lock word is in the kernel's format (owner tid, FUTEX_WAITERS,
// FUTEX_OWNER_DIED) and each thread keeps the robust mutexes it holds in a list it has
// registered with set_robust_list. When a thread dies holding one, the kernel sets
// FUTEX_OWNER_DIED, clears the owner and wakes a waiter; the next locker gets EOWNERDEAD
// and must call pthread_mutex_consistent before unlocking, or the mutex becomes
// permanently unusable (ENOTRECOVERABLE). pthread_exit does the same for the mutexes its
// thread still holds, since a detached thread's list goes with its memory before the
// kernel could look.
//
// The kernel wakes with a process-shared futex operation, so every wait and wake here is
// process-shared too (a private wait would never hear the kernel's wake).
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stddef.h>
#include <linux/futex.h>

#include "support/syscall.h"
#include "thread/futex.h"
#include "thread/mutex.h"
#include "thread/thread.h"

namespace pure {
namespace {

constexpr long kLinkToWord = static_cast<long>(offsetof(Mutex, lock)) - static_cast<long>(offsetof(Mutex, link_next));

void* link_of(Mutex* m) { return m->link_next; }
Mutex* mutex_of(void* link) { return reinterpret_cast<Mutex*>(static_cast<char*>(link) - offsetof(Mutex, link_next)); }

// A link's fields, possibly unaligned. The list head's `next` is at offset 0 like a link's.
void* load_next(void* link) {
  void* v;
  __builtin_memcpy(&v, link, sizeof v);
  return v;
}
void store_next(void* link, void* v) { __builtin_memcpy(link, &v, sizeof v); }
void* load_prev(void* link) {
  void* v;
  __builtin_memcpy(&v, mutex_of(link)->link_prev, sizeof v);
  return v;
}
void store_prev(void* link, void* v) { __builtin_memcpy(mutex_of(link)->link_prev, &v, sizeof v); }

RobustHead& head_of(Thread* t) {
  RobustHead& h = t->robust_head;
  if (!t->robust_registered) {
    h.next = &h.next;  // empty: the list ends where it starts
    h.futex_offset = kLinkToWord;
    h.pending = nullptr;
    syscall(__NR_set_robust_list, &h, sizeof h);
    t->robust_registered = 1;
  }
  return h;
}

void list_add(RobustHead& h, Mutex* m) {
  void* link = link_of(m);
  void* first = h.next;
  store_next(link, first);
  store_prev(link, &h.next);
  if (first != &h.next) store_prev(first, link);
  h.next = link;
}

void list_remove(RobustHead& h, Mutex* m) {
  void* link = link_of(m);
  void* next = load_next(link);
  void* prev = load_prev(link);
  store_next(prev, next);
  if (next != &h.next) store_prev(next, prev);
}

}  // namespace

int robust_lock(Mutex* m, clockid_t clock, const struct timespec* deadline, bool try_only) {
  Thread* self = current_thread();
  int tid = self->tid;
  int word = __atomic_load_n(&m->lock, __ATOMIC_RELAXED);
  if ((word & FUTEX_TID_MASK) == tid) {
    // A robust mutex knows its owner, so even a normal one reports relocking.
    if ((m->kind & kMutexTypeMask) != PTHREAD_MUTEX_RECURSIVE) return try_only ? EBUSY : EDEADLK;
    if (m->count == INT_MAX) return EAGAIN;
    m->count++;
    return 0;
  }
  if (deadline && !valid_deadline(deadline)) return EINVAL;
  RobustHead& h = head_of(self);
  // Announced before the word changes, so a death in between is still seen by the kernel.
  h.pending = link_of(m);
  int result = 0;
  for (;;) {
    if (__atomic_load_n(&m->state, __ATOMIC_ACQUIRE) == kNotRecoverable) {
      result = ENOTRECOVERABLE;
      break;
    }
    word = __atomic_load_n(&m->lock, __ATOMIC_RELAXED);
    if ((word & FUTEX_TID_MASK) == 0) {
      // Free, or its owner died. Keep FUTEX_WAITERS: others may still sleep on it.
      int mine = tid | (word & FUTEX_WAITERS);
      if (!__atomic_compare_exchange_n(&m->lock, &word, mine, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) continue;
      if (__atomic_load_n(&m->state, __ATOMIC_ACQUIRE) == kNotRecoverable) {
        // Its last owner gave up between our check and its unlock: pass the news on.
        __atomic_store_n(&m->lock, 0, __ATOMIC_RELEASE);
        futex_wake_n(&m->lock, INT_MAX, /*shared=*/true);
        result = ENOTRECOVERABLE;
        break;
      }
      list_add(h, m);
      m->count = 0;
      if (word & FUTEX_OWNER_DIED) {
        __atomic_store_n(&m->state, kInconsistent, __ATOMIC_RELAXED);
        result = EOWNERDEAD;
      }
      break;
    }
    if (try_only) {
      result = EBUSY;
      break;
    }
    if (!(word & FUTEX_WAITERS) &&
        !__atomic_compare_exchange_n(&m->lock, &word, word | FUTEX_WAITERS, false, __ATOMIC_RELAXED,
                                     __ATOMIC_RELAXED))
      continue;
    if (futex_wait_until(&m->lock, word | FUTEX_WAITERS, clock, deadline, /*shared=*/true) == -ETIMEDOUT) {
      result = ETIMEDOUT;
      break;
    }
  }
  h.pending = nullptr;
  return result;
}

int robust_unlock(Mutex* m) {
  Thread* self = current_thread();
  if ((__atomic_load_n(&m->lock, __ATOMIC_RELAXED) & FUTEX_TID_MASK) != self->tid) return EPERM;
  if (m->count) {
    m->count--;
    return 0;
  }
  // Unlocked while still inconsistent: nobody can trust what it protects any more.
  bool give_up = __atomic_load_n(&m->state, __ATOMIC_RELAXED) == kInconsistent;
  if (give_up) __atomic_store_n(&m->state, kNotRecoverable, __ATOMIC_RELEASE);
  RobustHead& h = head_of(self);
  h.pending = link_of(m);
  list_remove(h, m);
  int old = __atomic_exchange_n(&m->lock, 0, __ATOMIC_RELEASE);
  if (give_up || (old & FUTEX_WAITERS)) futex_wake_n(&m->lock, give_up ? INT_MAX : 1, /*shared=*/true);
  h.pending = nullptr;
  return 0;
}

int robust_consistent(Mutex* m) {
  if ((__atomic_load_n(&m->lock, __ATOMIC_RELAXED) & FUTEX_TID_MASK) != current_thread()->tid ||
      __atomic_load_n(&m->state, __ATOMIC_RELAXED) != kInconsistent)
    return EINVAL;
  __atomic_store_n(&m->state, kConsistent, __ATOMIC_RELAXED);
  return 0;
}

// What the kernel would do at the thread's death, done while its memory still exists.
void release_robust_mutexes(Thread* t) {
  if (!t->robust_registered) return;
  RobustHead& h = t->robust_head;
  void* link = h.next;
  while (link != &h.next) {
    Mutex* m = mutex_of(link);
    link = load_next(link);
    int old = __atomic_load_n(&m->lock, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&m->lock, &old, (old & FUTEX_WAITERS) | FUTEX_OWNER_DIED, false,
                                        __ATOMIC_RELEASE, __ATOMIC_RELAXED)) {
    }
    if (old & FUTEX_WAITERS) futex_wake_n(&m->lock, 1, /*shared=*/true);
  }
  h.next = &h.next;
}

// After fork the child holds none of the mutexes its parent thread's list names (process-
// shared ones stay its parent's), and the kernel forgot the registration.
void robust_fork_child() {
  Thread* t = current_thread();
  if (!t->robust_registered) return;
  t->robust_registered = 0;
  head_of(t);
}

}  // namespace pure
