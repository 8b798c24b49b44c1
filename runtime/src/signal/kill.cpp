// Sending signals: kill, killpg, raise, tgkill, pthread_kill, sigqueue.
#include <errno.h>
#include <signal.h>
#include <string.h>

#include "support/errno.h"
#include "support/syscall.h"
#include "thread/thread.h"

extern "C" {

int kill(pid_t pid, int sig) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_kill, pid, sig))); }

int killpg(pid_t pgrp, int sig) {
  if (pgrp < 0) return pure::fail(EINVAL, -1);  // kill(-pgrp) would mean something else
  return kill(-pgrp, sig);
}

int tgkill(pid_t tgid, pid_t tid, int sig) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_tgkill, tgid, tid, sig)));
}

int raise(int sig) {
  // To the calling thread, as C says for a multithreaded program. The tid is asked for
  // afresh: a forked child must not signal its parent's thread.
  long tid = pure::syscall(__NR_gettid);
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_tgkill, pure::syscall(__NR_getpid), tid, sig)));
}

int pthread_kill(pthread_t thread, int sig) {
  int tid = __atomic_load_n(&reinterpret_cast<pure::Thread*>(thread)->tid, __ATOMIC_ACQUIRE);
  if (tid == 0) return ESRCH;  // it has exited
  long r = pure::syscall(__NR_tgkill, pure::syscall(__NR_getpid), tid, sig);
  return pure::is_error(r) ? static_cast<int>(-r) : 0;
}

int sigqueue(pid_t pid, int sig, union sigval value) {
  siginfo_t info;
  memset(&info, 0, sizeof info);
  info.si_signo = sig;
  info.si_code = SI_QUEUE;
  info.si_pid = static_cast<pid_t>(pure::syscall(__NR_getpid));
  info.si_uid = static_cast<uid_t>(pure::syscall(__NR_getuid));
  info.si_value = value;
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_rt_sigqueueinfo, pid, sig, &info)));
}

}  // extern "C"

static_assert(sizeof(siginfo_t) == 128, "the kernel's siginfo is 128 bytes");
