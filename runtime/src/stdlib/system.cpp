// system (C17 7.22.4.8, POSIX): runs a command with /bin/sh -c and waits for it. While it
// waits, the caller ignores SIGINT and SIGQUIT and blocks SIGCHLD, as POSIX specifies;
// the child gets the original dispositions and mask back before it executes the shell.
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern "C" char** __environ;

namespace {
struct Saved {
  struct sigaction sigint, sigquit;
  sigset_t mask;
};
void restore(void* p) {
  auto* s = static_cast<Saved*>(p);
  sigaction(SIGINT, &s->sigint, nullptr);
  sigaction(SIGQUIT, &s->sigquit, nullptr);
  sigprocmask(SIG_SETMASK, &s->mask, nullptr);
}
}  // namespace

// The wait is a cancellation point: a cancelled caller puts the dispositions back too.
extern "C" int system(const char* command) {
  if (!command) return access("/bin/sh", X_OK) == 0;

  struct sigaction ignore = {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGCHLD);
  Saved old;
  sigaction(SIGINT, &ignore, &old.sigint);
  sigaction(SIGQUIT, &ignore, &old.sigquit);
  sigprocmask(SIG_BLOCK, &block, &old.mask);

  // Everything the child needs is ready before fork: it only restores and executes.
  char sh[] = "sh", dash_c[] = "-c";
  char* argv[] = {sh, dash_c, const_cast<char*>(command), nullptr};
  int status = -1;
  pid_t pid = fork();
  if (pid == 0) {
    restore(&old);
    execve("/bin/sh", argv, __environ);
    _exit(127);
  }
  if (pid > 0) {
    pthread_cleanup_push(restore, &old);
    while (waitpid(pid, &status, 0) < 0) {
      if (errno != EINTR) {
        status = -1;
        break;
      }
    }
    pthread_cleanup_pop(0);
  }
  int saved = errno;
  restore(&old);
  errno = saved;  // fork's or waitpid's error, if any
  return status;
}
