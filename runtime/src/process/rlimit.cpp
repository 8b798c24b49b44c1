// Resource limits and usage, scheduling priority: getrlimit, setrlimit, prlimit, getrusage,
// getpriority, setpriority, nice.
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

// prlimit64 on every target: struct rlimit is already the kernel's 64-bit pair.
int prlimit(pid_t pid, int resource, const struct rlimit* new_limit, struct rlimit* old_limit) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_prlimit64, pid, resource, new_limit, old_limit)));
}

int getrlimit(int resource, struct rlimit* rlim) { return prlimit(0, resource, nullptr, rlim); }

int setrlimit(int resource, const struct rlimit* rlim) { return prlimit(0, resource, rlim, nullptr); }

int getrusage(int who, struct rusage* usage) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_getrusage, who, usage)));
}

// The kernel returns 20 - nice (1..40) so that no success looks like an error.
int getpriority(int which, id_t who) {
  long r = pure::syscall(__NR_getpriority, which, who);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  return 20 - static_cast<int>(r);
}

int setpriority(int which, id_t who, int prio) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_setpriority, which, who, prio)));
}

// nice returns the new nice value, which may legitimately be -1: callers clear errno first.
int nice(int incr) {
  long r = pure::syscall(__NR_getpriority, PRIO_PROCESS, 0);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  int prio = 20 - static_cast<int>(r) + incr;
  if (prio > 19) prio = 19;  // Linux nice values run from -20 to 19
  if (prio < -20) prio = -20;
  long s = pure::syscall(__NR_setpriority, PRIO_PROCESS, 0, prio);
  if (s == -EACCES) s = -EPERM;  // POSIX: raising priority without privilege is EPERM
  if (pure::is_error(s)) return static_cast<int>(pure::to_errno(s));
  return getpriority(PRIO_PROCESS, 0);
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(getrlimit, getrlimit64);
PURE_ALIAS(setrlimit, setrlimit64);
PURE_ALIAS(prlimit, prlimit64);
