// system (C17 7.22.4.8, POSIX): runs a command with /bin/sh -c and waits for it. While it
// waits, the caller ignores SIGINT and SIGQUIT and blocks SIGCHLD, as POSIX specifies;
// the child gets the original dispositions and mask back before it executes the shell.
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern "C" char** __environ;

extern "C" int system(const char* command) {
  if (!command) return access("/bin/sh", X_OK) == 0;

  struct sigaction ignore = {}, old_int, old_quit;
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  sigset_t block, old_mask;
  sigemptyset(&block);
  sigaddset(&block, SIGCHLD);
  sigaction(SIGINT, &ignore, &old_int);
  sigaction(SIGQUIT, &ignore, &old_quit);
  sigprocmask(SIG_BLOCK, &block, &old_mask);

  // Everything the child needs is ready before fork: it only restores and executes.
  char sh[] = "sh", dash_c[] = "-c";
  char* argv[] = {sh, dash_c, const_cast<char*>(command), nullptr};
  int status = -1;
  pid_t pid = fork();
  if (pid == 0) {
    sigaction(SIGINT, &old_int, nullptr);
    sigaction(SIGQUIT, &old_quit, nullptr);
    sigprocmask(SIG_SETMASK, &old_mask, nullptr);
    execve("/bin/sh", argv, __environ);
    _exit(127);
  }
  if (pid > 0) {
    while (waitpid(pid, &status, 0) < 0) {
      if (errno != EINTR) {
        status = -1;
        break;
      }
    }
  }
  int saved = errno;
  sigaction(SIGINT, &old_int, nullptr);
  sigaction(SIGQUIT, &old_quit, nullptr);
  sigprocmask(SIG_SETMASK, &old_mask, nullptr);
  errno = saved;  // fork's or waitpid's error, if any
  return status;
}
