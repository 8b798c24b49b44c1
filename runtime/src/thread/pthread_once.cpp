// pthread_once: 0 not run, 1 running, 2 running with waiters, 3 done.
#include <pthread.h>

#include "thread/futex.h"

namespace {
constexpr int kIdle = 0, kRunning = 1, kWaited = 2, kDone = 3;
}

extern "C" int pthread_once(pthread_once_t* once, void (*init)(void)) {
  if (__atomic_load_n(once, __ATOMIC_ACQUIRE) == kDone) return 0;
  for (;;) {
    int s = kIdle;
    if (__atomic_compare_exchange_n(once, &s, kRunning, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE)) {
      init();
      if (__atomic_exchange_n(once, kDone, __ATOMIC_RELEASE) == kWaited) pure::futex_wake_n(once, 0x7fffffff);
      return 0;
    }
    if (s == kDone) return 0;
    if (s == kRunning && !__atomic_compare_exchange_n(once, &s, kWaited, false, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
      continue;
    pure::futex_wait_until(once, kWaited, CLOCK_REALTIME, nullptr);
  }
}
