/* abort() ends the process with SIGABRT even when SIGABRT is caught, ignored or blocked. */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

static volatile int handler_ran;
static void on_abrt(int sig) { handler_ran = 1; }

/* Runs abort() in a child set up by `how`; returns the child's wait status. */
static int abort_in_child(int how) {
  pid_t pid = fork();
  if (pid == 0) {
    if (how == 1) signal(SIGABRT, on_abrt);
    if (how == 2) signal(SIGABRT, SIG_IGN);
    if (how == 3) {
      sigset_t set;
      sigemptyset(&set);
      sigaddset(&set, SIGABRT);
      sigprocmask(SIG_BLOCK, &set, NULL);
    }
    abort();
    _exit(42); /* abort returned: the test fails */
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

int main(void) {
  for (int how = 0; how < 4; how++) {
    int status = abort_in_child(how);
    CHECK(WIFSIGNALED(status));
    CHECK_INT(WTERMSIG(status), SIGABRT);
  }
  return check_done();
}
