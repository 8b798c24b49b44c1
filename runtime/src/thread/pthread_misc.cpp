// Small pthread queries: concurrency level, CPU-time clock, scheduling, affinity.
#include <errno.h>
#include <pthread.h>

#include "support/syscall.h"
#include "thread/thread.h"

namespace {
constinit int concurrency = 0;
int tid_of(pthread_t t) { return reinterpret_cast<pure::Thread*>(t)->tid; }
int err(long r) { return pure::is_error(r) ? static_cast<int>(-r) : 0; }
}  // namespace

extern "C" {

int pthread_getconcurrency(void) { return concurrency; }

int pthread_setconcurrency(int level) {
  if (level < 0) return EINVAL;
  concurrency = level;  // a hint only: Linux threads always run 1:1
  return 0;
}

int pthread_getcpuclockid(pthread_t thread, clockid_t* clock) {
  // The kernel's encoding of a per-thread CPU-time clock: ~tid << 3 | CPUCLOCK_SCHED(2) | per-thread(4).
  *clock = static_cast<clockid_t>((~static_cast<unsigned>(tid_of(thread)) << 3) | 6);
  return 0;
}

int pthread_getschedparam(pthread_t thread, int* __restrict policy, struct sched_param* __restrict param) {
  int tid = tid_of(thread);
  long p = pure::syscall(__NR_sched_getscheduler, tid);
  if (pure::is_error(p)) return err(p);
  long r = pure::syscall(__NR_sched_getparam, tid, param);
  if (pure::is_error(r)) return err(r);
  *policy = static_cast<int>(p);
  return 0;
}

int pthread_setschedparam(pthread_t thread, int policy, const struct sched_param* param) {
  return err(pure::syscall(__NR_sched_setscheduler, tid_of(thread), policy, param));
}

int pthread_setschedprio(pthread_t thread, int prio) {
  int tid = tid_of(thread);
  long p = pure::syscall(__NR_sched_getscheduler, tid);
  if (pure::is_error(p)) return err(p);
  struct sched_param param = {prio};
  return err(pure::syscall(__NR_sched_setscheduler, tid, p, &param));
}

int pthread_setaffinity_np(pthread_t thread, size_t size, const cpu_set_t* set) {
  return err(pure::syscall(__NR_sched_setaffinity, tid_of(thread), size, set));
}

int pthread_getaffinity_np(pthread_t thread, size_t size, cpu_set_t* set) {
  long r = pure::syscall(__NR_sched_getaffinity, tid_of(thread), size, set);
  if (pure::is_error(r)) return err(r);
  __builtin_memset(reinterpret_cast<char*>(set) + r, 0, size - static_cast<size_t>(r));
  return 0;
}

}  // extern "C"
