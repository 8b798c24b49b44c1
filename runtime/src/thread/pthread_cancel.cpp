// Thread cancellation. pthread_cancel marks the target and sends it the libc's reserved
// signal; the handler ends the thread when cancellation is asynchronous, or when the
// thread is blocked in one of the cancellation points that bracket their wait with
// cancel_point_begin/end (pthread_join, pthread_cond_wait, sigwait, ..., pthread_testcancel).
#include <errno.h>
#include <pthread.h>
#include <signal.h>

#include "signal/sigbits.h"
#include "support/syscall.h"
#include "thread/thread.h"

namespace pure {

long kernel_sigaction(int sig, const struct sigaction* act, struct sigaction* old);

namespace {

constinit int handler_installed = 0;

bool should_act(Thread* t) {
  return __atomic_load_n(&t->cancel_pending, __ATOMIC_ACQUIRE) && !t->cancel_disabled;
}

[[noreturn]] void act(Thread* t) {
  t->in_cancel_point = 0;
  if (void* m = t->cancel_mutex) {
    t->cancel_mutex = nullptr;
    pthread_mutex_lock(static_cast<pthread_mutex_t*>(m));
  }
  pthread_exit(PTHREAD_CANCELED);
}

void on_cancel_signal(int) {
  Thread* t = current_thread();
  if (should_act(t) && (t->cancel_async || t->in_cancel_point)) act(t);
}

}  // namespace

void cancel_point_begin(void* mutex) {
  Thread* t = current_thread();
  t->cancel_mutex = mutex;
  __atomic_store_n(&t->in_cancel_point, 1, __ATOMIC_SEQ_CST);
  if (should_act(t)) act(t);
}

void cancel_point_end() {
  Thread* t = current_thread();
  __atomic_store_n(&t->in_cancel_point, 0, __ATOMIC_SEQ_CST);
  t->cancel_mutex = nullptr;
}

}  // namespace pure

using namespace pure;

extern "C" {

int pthread_cancel(pthread_t thread) {
  Thread* t = reinterpret_cast<Thread*>(thread);
  if (!__atomic_exchange_n(&handler_installed, 1, __ATOMIC_ACQ_REL)) {
    struct sigaction sa = {};
    sa.sa_handler = on_cancel_signal;
    sa.sa_flags = SA_RESTART;  // threads not at a cancellation point carry on undisturbed
    kernel_sigaction(kSigCancel, &sa, nullptr);
  }
  __atomic_store_n(&t->cancel_pending, 1, __ATOMIC_RELEASE);
  if (t == current_thread()) {
    if (should_act(t) && t->cancel_async) act(t);
    return 0;
  }
  int tid = __atomic_load_n(&t->tid, __ATOMIC_ACQUIRE);
  if (tid) syscall(__NR_tgkill, syscall(__NR_getpid), tid, kSigCancel);
  return 0;
}

int pthread_setcancelstate(int state, int* old) {
  if (state != PTHREAD_CANCEL_ENABLE && state != PTHREAD_CANCEL_DISABLE) return EINVAL;
  Thread* t = current_thread();
  if (old) *old = t->cancel_disabled ? PTHREAD_CANCEL_DISABLE : PTHREAD_CANCEL_ENABLE;
  t->cancel_disabled = state == PTHREAD_CANCEL_DISABLE;
  if (t->cancel_async && should_act(t)) act(t);
  return 0;
}

int pthread_setcanceltype(int type, int* old) {
  if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS) return EINVAL;
  Thread* t = current_thread();
  if (old) *old = t->cancel_async ? PTHREAD_CANCEL_ASYNCHRONOUS : PTHREAD_CANCEL_DEFERRED;
  t->cancel_async = type == PTHREAD_CANCEL_ASYNCHRONOUS;
  if (t->cancel_async && should_act(t)) act(t);
  return 0;
}

void pthread_testcancel(void) {
  Thread* t = current_thread();
  if (should_act(t)) act(t);
}

}  // extern "C"
