// The list of live threads, and what must reach every one of them: the credentials.
//
// Linux keeps user and group ids per thread, but POSIX wants setuid and friends to change
// the whole process. set_ids_all_threads (the weak hook process/ids.cpp calls) makes the
// change in the calling thread, then asks every other thread to repeat it with the libc's
// reserved signal and waits until all have. The list lock is held throughout, so no thread
// is created (with the old credentials) or leaves the list meanwhile; a thread blocked on
// that lock still runs the signal's handler.
#include <errno.h>
#include <signal.h>
#include <stdlib.h>

#include "signal/sigbits.h"
#include "support/lock.h"
#include "support/syscall.h"
#include "thread/futex.h"
#include "thread/thread.h"

namespace pure {

long kernel_sigaction(int sig, const struct sigaction* act, struct sigaction* old);

namespace {

constinit Lock list_lock;
constinit Thread* first = nullptr;  // null until the first pthread_create

// The request the other threads carry out.
struct IdRequest {
  long number, a, b, c;
  int remaining;  // threads yet to answer (futex word)
  int failed;     // the first error a thread met (0: none)
};
constinit IdRequest request = {};
constinit bool handler_installed = false;

void link(Thread* t) {
  t->prev_thread = nullptr;
  t->next_thread = first;
  if (first) first->prev_thread = t;
  first = t;
}

void on_id_signal(int) {
  long r = syscall(request.number, request.a, request.b, request.c);
  if (is_error(r)) {
    int none = 0;
    __atomic_compare_exchange_n(&request.failed, &none, static_cast<int>(-r), false, __ATOMIC_RELAXED,
                                __ATOMIC_RELAXED);
  }
  if (__atomic_sub_fetch(&request.remaining, 1, __ATOMIC_ACQ_REL) == 0) futex_wake_n(&request.remaining, 1);
}

}  // namespace

void thread_list_lock() { list_lock.lock(); }
void thread_list_unlock() { list_lock.unlock(); }

// Called with the list locked.
void thread_list_add(Thread* t) {
  if (!first) link(current_thread());  // the creator: the only thread so far
  link(t);
}

void thread_list_remove(Thread* t) {
  LockGuard guard(list_lock);
  if (!first) return;  // never multithreaded
  if (t->prev_thread) t->prev_thread->next_thread = t->next_thread;
  else first = t->next_thread;
  if (t->next_thread) t->next_thread->prev_thread = t->prev_thread;
}

void thread_list_fork_child() {
  list_lock.reset();
  if (!first) return;
  first = nullptr;
  link(current_thread());
}

long set_ids_all_threads(long number, long a, long b, long c) {
  LockGuard guard(list_lock);
  long r = syscall(number, a, b, c);
  if (is_error(r) || !first || !first->next_thread) return r;
  if (!handler_installed) {
    struct sigaction sa = {};
    sa.sa_handler = on_id_signal;
    sa.sa_flags = SA_RESTART;
    kernel_sigaction(kSigReserved, &sa, nullptr);
    handler_installed = true;
  }
  Thread* self = current_thread();
  int others = 0;
  for (Thread* t = first; t; t = t->next_thread)
    if (t != self) others++;
  request = {number, a, b, c, others, 0};
  long pid = syscall(__NR_getpid);
  for (Thread* t = first; t; t = t->next_thread) {
    // A listed thread has not begun to exit, so it is there to receive the signal (a new
    // one blocks signals only until it has installed its creator's mask).
    if (t != self && is_error(syscall(__NR_tgkill, pid, t->tid, kSigReserved)) &&
        __atomic_sub_fetch(&request.remaining, 1, __ATOMIC_ACQ_REL) == 0)
      break;
  }
  for (;;) {
    int left = __atomic_load_n(&request.remaining, __ATOMIC_ACQUIRE);
    if (left == 0) break;
    futex_wait_until(&request.remaining, left, CLOCK_REALTIME, nullptr);
  }
  // Every thread held the same credentials, so the others cannot fail where this one
  // succeeded; if one did anyway, the process is in a state POSIX does not allow.
  if (request.failed) {
    static const char msg[] = "pure: set*id failed in another thread\n";
    syscall(__NR_write, 2, msg, sizeof msg - 1);
    abort();
  }
  return r;
}

}  // namespace pure
