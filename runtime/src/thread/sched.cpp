// <sched.h>: yielding, scheduling policy queries and CPU affinity.
#include <errno.h>
#include <sched.h>
#include <stdlib.h>

#include "support/errno.h"
#include "support/syscall.h"

using pure::syscall;
using pure::to_errno;

extern "C" {

int sched_yield(void) { return static_cast<int>(to_errno(syscall(__NR_sched_yield))); }

int sched_get_priority_max(int policy) {
  return static_cast<int>(to_errno(syscall(__NR_sched_get_priority_max, policy)));
}

int sched_get_priority_min(int policy) {
  return static_cast<int>(to_errno(syscall(__NR_sched_get_priority_min, policy)));
}

int sched_getparam(pid_t pid, struct sched_param* param) {
  return static_cast<int>(to_errno(syscall(__NR_sched_getparam, pid, param)));
}

int sched_setparam(pid_t pid, const struct sched_param* param) {
  return static_cast<int>(to_errno(syscall(__NR_sched_setparam, pid, param)));
}

int sched_getscheduler(pid_t pid) { return static_cast<int>(to_errno(syscall(__NR_sched_getscheduler, pid))); }

int sched_setscheduler(pid_t pid, int policy, const struct sched_param* param) {
  // The kernel returns 0 on success; POSIX wants the previous policy.
  long old = syscall(__NR_sched_getscheduler, pid);
  if (pure::is_error(old)) return static_cast<int>(to_errno(old));
  long r = syscall(__NR_sched_setscheduler, pid, policy, param);
  return static_cast<int>(pure::is_error(r) ? to_errno(r) : old);
}

int sched_rr_get_interval(pid_t pid, struct timespec* interval) {
  return static_cast<int>(to_errno(syscall(__NR_sched_rr_get_interval, pid, interval)));
}

int sched_getaffinity(pid_t pid, size_t size, cpu_set_t* set) {
  // The kernel copies only its own mask size and returns it; the rest must read as zero.
  long r = syscall(__NR_sched_getaffinity, pid, size, set);
  if (pure::is_error(r)) return static_cast<int>(to_errno(r));
  __builtin_memset(reinterpret_cast<char*>(set) + r, 0, size - static_cast<size_t>(r));
  return 0;
}

int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t* set) {
  return static_cast<int>(to_errno(syscall(__NR_sched_setaffinity, pid, size, set)));
}

int sched_getcpu(void) {
  unsigned cpu = 0;
  long r = syscall(__NR_getcpu, &cpu, nullptr, nullptr);
  return pure::is_error(r) ? static_cast<int>(to_errno(r)) : static_cast<int>(cpu);
}

int __sched_cpucount(size_t size, const cpu_set_t* set) {
  int n = 0;
  for (size_t i = 0; i < size / sizeof(unsigned long); i++) n += __builtin_popcountl(set->__bits[i]);
  return n;
}

cpu_set_t* __sched_cpualloc(size_t count) { return static_cast<cpu_set_t*>(malloc(CPU_ALLOC_SIZE(count))); }

void __sched_cpufree(cpu_set_t* set) { free(set); }

int pthread_yield(void) { return sched_yield(); }

}  // extern "C"
