// Thread cancellation. pthread_cancel marks the target and sends it the libc's reserved
// signal. Its handler ends the thread at once when the cancel type is asynchronous; for
// deferred cancellation it acts only when the thread was interrupted inside the system
// call of a cancellation point (thread/syscall_cp.cpp), and then not from within the
// handler: it points the interrupted context at __pure_cancel_now, so the thread leaves
// the handler normally, with its signal mask restored, and exits from there.
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <ucontext.h>

#include "signal/sigbits.h"
#include "support/syscall.h"
#include "thread/cancel.h"
#include "thread/thread.h"

extern "C" {
extern const char __pure_cp_begin[], __pure_cp_end[];
void __pure_cancel_now();
}

namespace pure {

long kernel_sigaction(int sig, const struct sigaction* act, struct sigaction* old);

namespace {

constinit int handler_installed = 0;

bool should_act(Thread* t) {
  return __atomic_load_n(&t->cancel_pending, __ATOMIC_ACQUIRE) && !t->cancel_disabled;
}

uintptr_t& interrupted_pc(void* context) {
  auto* uc = static_cast<ucontext_t*>(context);
#if defined(__x86_64__)
  return reinterpret_cast<uintptr_t&>(uc->uc_mcontext.gregs[REG_RIP]);
#else
  return reinterpret_cast<uintptr_t&>(uc->uc_mcontext.pc);
#endif
}

void on_cancel_signal(int, siginfo_t*, void* context) {
  Thread* t = current_thread();
  if (!should_act(t)) return;
  if (t->cancel_async) cancel_exit();
  uintptr_t& pc = interrupted_pc(context);
  if (pc >= reinterpret_cast<uintptr_t>(__pure_cp_begin) && pc < reinterpret_cast<uintptr_t>(__pure_cp_end))
    pc = reinterpret_cast<uintptr_t>(__pure_cancel_now);  // the stack is as at the call's entry
}

}  // namespace

// Acting on a cancellation: pthread_cond_wait's mutex is re-locked first, as POSIX requires.
void cancel_exit() {
  Thread* t = current_thread();
  t->cancel_disabled = 1;
  if (void* m = t->cancel_mutex) {
    t->cancel_mutex = nullptr;
    pthread_mutex_lock(static_cast<pthread_mutex_t*>(m));
  }
  pthread_exit(PTHREAD_CANCELED);
}

}  // namespace pure

using namespace pure;

extern "C" {

int pthread_cancel(pthread_t thread) {
  Thread* t = reinterpret_cast<Thread*>(thread);
  if (!__atomic_exchange_n(&handler_installed, 1, __ATOMIC_ACQ_REL)) {
    struct sigaction sa = {};
    sa.sa_sigaction = on_cancel_signal;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;  // threads not at a cancellation point carry on undisturbed
    kernel_sigaction(kSigCancel, &sa, nullptr);
  }
  __atomic_store_n(&t->cancel_pending, 1, __ATOMIC_RELEASE);
  if (t == current_thread()) {
    if (should_act(t) && t->cancel_async) cancel_exit();
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
  if (t->cancel_async && should_act(t)) cancel_exit();
  return 0;
}

int pthread_setcanceltype(int type, int* old) {
  if (type != PTHREAD_CANCEL_DEFERRED && type != PTHREAD_CANCEL_ASYNCHRONOUS) return EINVAL;
  Thread* t = current_thread();
  if (old) *old = t->cancel_async ? PTHREAD_CANCEL_ASYNCHRONOUS : PTHREAD_CANCEL_DEFERRED;
  t->cancel_async = type == PTHREAD_CANCEL_ASYNCHRONOUS;
  if (t->cancel_async && should_act(t)) cancel_exit();
  return 0;
}

void pthread_testcancel(void) { cancel_point(); }

}  // extern "C"
