// wait, waitpid, waitid, wait3, wait4: cancellation points.
#include <sys/resource.h>
#include <sys/wait.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

pid_t wait4(pid_t pid, int* status, int options, struct rusage* usage) {
  return static_cast<pid_t>(pure::to_errno(pure::syscall_cp(__NR_wait4, pid, status, options, usage)));
}

pid_t wait3(int* status, int options, struct rusage* usage) { return wait4(-1, status, options, usage); }

pid_t waitpid(pid_t pid, int* status, int options) { return wait4(pid, status, options, nullptr); }

pid_t wait(int* status) { return wait4(-1, status, 0, nullptr); }

int waitid(idtype_t idtype, id_t id, siginfo_t* info, int options) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_waitid, idtype, id, info, options, nullptr)));
}

}  // extern "C"
