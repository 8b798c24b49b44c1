// Process groups and sessions: getpgrp, getpgid, setpgid, setsid, getsid.
#include <unistd.h>

#include "support/errno.h"

extern "C" {

pid_t getpgid(pid_t pid) { return static_cast<pid_t>(pure::to_errno(pure::syscall(__NR_getpgid, pid))); }
pid_t getpgrp(void) { return static_cast<pid_t>(pure::syscall(__NR_getpgid, 0)); }
int setpgid(pid_t pid, pid_t pgid) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_setpgid, pid, pgid)));
}
pid_t setsid(void) { return static_cast<pid_t>(pure::to_errno(pure::syscall(__NR_setsid))); }
pid_t getsid(pid_t pid) { return static_cast<pid_t>(pure::to_errno(pure::syscall(__NR_getsid, pid))); }

}  // extern "C"
