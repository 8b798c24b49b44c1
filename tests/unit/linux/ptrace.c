/* ptrace, per ptrace(2): a forked child asks to be traced and stops; the parent reads a
   word of the child's memory (the PEEK requests return it, and since it may be -1, set
   errno to 0), writes one, and lets the child go on; the child's exit status shows the
   write. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

static volatile long minus_one = -1;
static volatile long answer = 0x1234;

int main(void) {
  pid_t child = fork();
  if (child == 0) {
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) != 0) _exit(100);
    raise(SIGSTOP);
    _exit(answer == 0x4321 ? 7 : 8);
  }
  CHECK(child > 0);
  int status;
  CHECK_INT(waitpid(child, &status, 0), child);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 100) {
    /* Tracing is not available here (the child's PTRACE_TRACEME failed): what is left to
       check is the error of a request on a process we do not trace. */
    CHECK_INT(ptrace(PTRACE_PEEKDATA, getppid(), (void *)&answer, NULL), -1);
    CHECK(errno == ESRCH || errno == EPERM || errno == ENOSYS);
    return check_done();
  }
  CHECK(WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP);

  errno = EINTR;
  CHECK_INT(ptrace(PTRACE_PEEKDATA, child, (void *)&minus_one, NULL), -1);
  CHECK_INT(errno, 0); /* a word of all ones, not an error */
  CHECK_INT(ptrace(PTRACE_PEEKTEXT, child, (void *)&answer, NULL), 0x1234);
  CHECK_INT(ptrace(PTRACE_POKEDATA, child, (void *)&answer, (void *)0x4321L), 0);
  CHECK_INT(ptrace(PTRACE_PEEKDATA, child, (void *)&answer, NULL), 0x4321);
  /* An unmapped address is an error, with errno set. */
  CHECK_INT(ptrace(PTRACE_PEEKDATA, child, (void *)8, NULL), -1);
  CHECK(errno == EIO || errno == EFAULT);

  CHECK_INT(ptrace(PTRACE_CONT, child, NULL, NULL), 0);
  CHECK_INT(waitpid(child, &status, 0), child);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 7);
  /* The child is gone. */
  CHECK_INT(ptrace(PTRACE_CONT, child, NULL, NULL), -1);
  CHECK_INT(errno, ESRCH);
  return check_done();
}
