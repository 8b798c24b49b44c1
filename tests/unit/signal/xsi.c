/* The XSI System V signal functions, per POSIX (sighold, sigrelse, sigignore, sigpause,
   sigset) and bsd_signal: masks, dispositions, SIG_HOLD's return conventions. */
#define _XOPEN_SOURCE 600
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

static volatile sig_atomic_t usr1_count, usr2_count;
static void on_usr1(int sig) { usr1_count++; }
static void on_usr2(int sig) { usr2_count++; }

static int blocked(int sig) {
  sigset_t now;
  sigprocmask(SIG_BLOCK, NULL, &now);
  return sigismember(&now, sig);
}

static void (*disposition(int sig))(int) {
  struct sigaction sa;
  sigaction(sig, NULL, &sa);
  return sa.sa_handler;
}

int main(void) {
  /* sighold/sigrelse change the mask only. */
  CHECK_INT(sighold(SIGUSR1), 0);
  CHECK(blocked(SIGUSR1));
  CHECK_INT(sigrelse(SIGUSR1), 0);
  CHECK(!blocked(SIGUSR1));
  CHECK_INT(sighold(0), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(sigrelse(_NSIG), -1);
  CHECK_INT(errno, EINVAL);

  /* sigignore sets SIG_IGN: the signal has no effect. */
  CHECK_INT(sigignore(SIGUSR1), 0);
  CHECK(disposition(SIGUSR1) == SIG_IGN);
  raise(SIGUSR1);
  CHECK_INT(sigignore(SIGKILL), -1);
  CHECK_INT(errno, EINVAL);

  /* sigset: previous disposition when the signal was not held; SIG_HOLD when it was. */
  CHECK(sigset(SIGUSR1, on_usr1) == SIG_IGN);
  CHECK(disposition(SIGUSR1) == on_usr1);
  CHECK(sigset(SIGUSR1, SIG_HOLD) == on_usr1);
  CHECK(blocked(SIGUSR1));
  CHECK(disposition(SIGUSR1) == on_usr1); /* holding leaves the disposition */
  CHECK(sigset(SIGUSR1, SIG_HOLD) == SIG_HOLD);
  raise(SIGUSR1);
  CHECK_INT(usr1_count, 0); /* pending while held */
  CHECK(sigset(SIGUSR1, on_usr1) == SIG_HOLD);
  CHECK(!blocked(SIGUSR1)); /* released: the pending signal was delivered */
  CHECK_INT(usr1_count, 1);
  CHECK(sigset(SIGUSR1, SIG_DFL) == on_usr1);
  CHECK(sigset(SIGKILL, on_usr1) == SIG_ERR);
  CHECK_INT(errno, EINVAL);
  CHECK(sigset(-3, SIG_HOLD) == SIG_ERR);
  CHECK_INT(errno, EINVAL);

  /* bsd_signal: the handler stays installed after it ran. */
  CHECK(bsd_signal(SIGUSR1, on_usr1) == SIG_DFL);
  raise(SIGUSR1);
  raise(SIGUSR1);
  CHECK_INT(usr1_count, 3);
  CHECK(bsd_signal(SIGUSR1, SIG_DFL) == on_usr1);

  /* sigpause: with SIGUSR2 held, wait for it with it released; afterwards it is held
     again. A child sends it. */
  CHECK(sigset(SIGUSR2, on_usr2) == SIG_DFL);
  CHECK_INT(sighold(SIGUSR2), 0);
  pid_t parent = getpid();
  pid_t child = fork();
  if (child == 0) {
    kill(parent, SIGUSR2);
    _exit(0);
  }
  CHECK_INT(sigpause(SIGUSR2), -1);
  CHECK_INT(errno, EINTR);
  CHECK_INT(usr2_count, 1);
  CHECK(blocked(SIGUSR2));
  waitpid(child, NULL, 0);
  CHECK_INT(sigpause(0), -1);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
