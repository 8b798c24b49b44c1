// Cancellation points. A blocking system call made through syscall_cp ends the calling
// thread (pthread_exit(PTHREAD_CANCELED)) when a cancellation is pending, or arrives
// before the call has completed, while cancellation is enabled; once the call has taken
// effect it returns normally. thread/syscall_cp.cpp and arch/<arch>/src/syscall_cp.S say how.
#pragma once
#include "support/syscall.h"

namespace pure {

long syscall_cp6(long number, long a, long b, long c, long d, long e, long f);

template <class... Args> inline long syscall_cp(long number, Args... args) {
  static_assert(sizeof...(Args) <= 6, "Linux system calls take at most six arguments");
  long v[6] = {detail::as_arg(args)...};
  return syscall_cp6(number, v[0], v[1], v[2], v[3], v[4], v[5]);
}

// The calling thread acts on a pending cancellation now (pthread_testcancel, and the
// cancellation points that do not block in one system call).
void cancel_point();

}  // namespace pure
