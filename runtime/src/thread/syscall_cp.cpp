// syscall_cp and cancel_point: cancellation points (see thread/cancel.h).
//
// __pure_syscall_cp (arch/<arch>/src/syscall_cp.S) tests the thread's pending flag and
// enters the kernel; the cancellation signal's handler acts when it interrupts the thread
// between that test and the completed system call. A call the signal cut short with EINTR
// (those the kernel never restarts: poll, nanosleep, ...) has done nothing, so a pending
// cancellation acts then too. With cancellation disabled the call is a plain one.
//
// Acting means pthread_exit, which only a program that calls pthread_cancel links: the
// reference is weak so that read() does not pull the thread machinery into every program.
#include <errno.h>

#include "thread/cancel.h"
#include "thread/thread.h"

extern "C" long __pure_syscall_cp(const int* pending, long number, long a, long b, long c, long d, long e, long f);

namespace pure {

long syscall_cp6(long number, long a, long b, long c, long d, long e, long f) {
  Thread* t = current_thread();
  if (t->cancel_disabled) return syscall(number, a, b, c, d, e, f);
  long r = __pure_syscall_cp(&t->cancel_pending, number, a, b, c, d, e, f);
  if (r == -EINTR && __atomic_load_n(&t->cancel_pending, __ATOMIC_ACQUIRE)) cancel_exit();
  return r;
}

void cancel_point() {
  Thread* t = current_thread();
  if (!t->cancel_disabled && __atomic_load_n(&t->cancel_pending, __ATOMIC_ACQUIRE)) cancel_exit();
}

}  // namespace pure

// Where the assembly goes when the flag is set, and where the signal handler sends a thread
// it interrupted inside the call: pending is only ever set by pthread_cancel, so
// cancel_exit is linked whenever this is reached.
extern "C" [[noreturn]] __attribute__((visibility("hidden"))) void __pure_cancel_now() { pure::cancel_exit(); }
