/* fork + exec + wait: execvp finds /bin/true and /bin/false through PATH, exit statuses
   and signals decode through the W* macros, execvp reports ENOENT, pipes carry a child's
   output, and the identity calls agree with what the child sees. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"

static int run(char *const argv[]) {
  pid_t pid = fork();
  if (pid == 0) {
    execvp(argv[0], argv);
    _exit(errno == ENOENT ? 127 : 126);
  }
  CHECK(pid > 0);
  int status = -1;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  return status;
}

int main(void) {
  setenv("PATH", "/nonexistent-dir::/usr/bin:/bin", 1);
  char *t[] = {"true", NULL};
  int status = run(t);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 0);
  CHECK(!WIFSIGNALED(status));
  CHECK(!WIFSTOPPED(status));

  char *f[] = {"false", NULL};
  status = run(f);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 1);

  char *missing[] = {"pure-no-such-program-xyz", NULL};
  status = run(missing);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 127);

  /* In the parent, execvp of a missing program returns -1 with ENOENT. */
  CHECK_INT(execvp("pure-no-such-program-xyz", missing), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(execv("/nonexistent/prog", missing), -1);
  CHECK_INT(errno, ENOENT);

  /* Exit codes and signals. */
  pid_t pid = fork();
  if (pid == 0) _exit(42);
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 42);

  pid = fork();
  if (pid == 0) {
    for (;;) pause();
  }
  CHECK_INT(kill(pid, SIGKILL), 0);
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFSIGNALED(status));
  CHECK(!WIFEXITED(status));
  CHECK_INT(WTERMSIG(status), SIGKILL);

  /* Stopped and continued children (waitpid with WUNTRACED / WCONTINUED). */
  pid = fork();
  if (pid == 0) {
    for (;;) pause();
  }
  CHECK_INT(kill(pid, SIGSTOP), 0);
  CHECK_INT(waitpid(pid, &status, WUNTRACED), pid);
  CHECK(WIFSTOPPED(status));
  CHECK_INT(WSTOPSIG(status), SIGSTOP);
  CHECK(!WIFEXITED(status) && !WIFSIGNALED(status) && !WIFCONTINUED(status));
  CHECK_INT(kill(pid, SIGCONT), 0);
  CHECK_INT(waitpid(pid, &status, WCONTINUED), pid);
  CHECK(WIFCONTINUED(status));
  CHECK(!WIFSTOPPED(status) && !WIFEXITED(status) && !WIFSIGNALED(status));
  CHECK_INT(kill(pid, SIGTERM), 0);
  siginfo_t si;
  memset(&si, 0, sizeof si);
  CHECK_INT(waitid(P_PID, (id_t)pid, &si, WEXITED), 0);
  CHECK_INT(si.si_pid, pid);
  CHECK_INT(si.si_code, CLD_KILLED);
  CHECK_INT(si.si_status, SIGTERM);

  /* A child's output through a pipe, with execl and an argument. */
  int p[2];
  CHECK_INT(pipe(p), 0);
  pid = fork();
  if (pid == 0) {
    dup2(p[1], 1);
    close(p[0]);
    close(p[1]);
    execlp("echo", "echo", "hello", "pure", (char *)NULL);
    _exit(127);
  }
  close(p[1]);
  char buf[64] = {0};
  size_t got = 0;
  ssize_t n;
  while ((n = read(p[0], buf + got, sizeof buf - 1 - got)) > 0) got += (size_t)n;
  close(p[0]);
  CHECK_STR(buf, "hello pure\n");
  CHECK_INT(wait(&status), pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);

  /* A file without "#!" that the kernel refuses (ENOEXEC) runs through the shell. */
  char dir[64], script[96];
  snprintf(dir, sizeof dir, "/tmp/pure-exec-%d", (int)getpid());
  snprintf(script, sizeof script, "%s/pure-script", dir);
  CHECK_INT(mkdir(dir, 0700), 0);
  int sfd = open(script, O_CREAT | O_WRONLY, 0700);
  CHECK(sfd >= 0);
  CHECK_INT(write(sfd, "exit 7\n", 7), 7);
  close(sfd);
  char newpath[128];
  snprintf(newpath, sizeof newpath, "/nonexistent:%s:/bin", dir);
  setenv("PATH", newpath, 1);
  char *s[] = {"pure-script", NULL};
  status = run(s);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 7);
  unlink(script);
  rmdir(dir);

  /* execle passes the given environment. */
  pid = fork();
  if (pid == 0) {
    char *env[] = {"PURE_X=5", NULL};
    execle("/bin/sh", "sh", "-c", "exit $PURE_X", (char *)NULL, env);
    _exit(127);
  }
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 5);

  /* The child sees its parent's pid and its own. */
  pid_t parent = getpid();
  CHECK(p[0] >= 0);
  CHECK_INT(pipe(p), 0);
  pid = fork();
  if (pid == 0) {
    int ok = getppid() == parent && getpid() != parent && gettid() == getpid();
    _exit(ok ? 0 : 1);
  }
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK_INT(WEXITSTATUS(status), 0);
  close(p[0]);
  close(p[1]);

  /* No children left. */
  CHECK_INT(waitpid(-1, &status, WNOHANG), -1);
  CHECK_INT(errno, ECHILD);

  /* Identity and limits. */
  CHECK_INT(getpgid(0), getpgrp());
  /* In a PID namespace the session leader may live outside it: getsid gives 0. */
  CHECK(getsid(0) >= 0);
  CHECK_INT(getsid(getpid()), getsid(0));
  CHECK_INT(geteuid(), getuid());
  struct rlimit rl;
  CHECK_INT(getrlimit(RLIMIT_NOFILE, &rl), 0);
  CHECK(rl.rlim_cur > 2);
  CHECK_INT(sysconf(_SC_OPEN_MAX), (long)rl.rlim_cur);
  CHECK(sysconf(_SC_PAGESIZE) >= 4096);
  CHECK_INT(getpagesize(), sysconf(_SC_PAGESIZE));
  CHECK(sysconf(_SC_NPROCESSORS_ONLN) >= 1);
  CHECK(sysconf(_SC_NPROCESSORS_CONF) >= sysconf(_SC_NPROCESSORS_ONLN));
  CHECK_INT(sysconf(_SC_CLK_TCK), 100);
  errno = 0;
  CHECK_INT(sysconf(-1), -1);
  CHECK_INT(errno, EINVAL);
  struct rusage ru;
  CHECK_INT(getrusage(RUSAGE_SELF, &ru), 0);
  CHECK_INT(getrusage(RUSAGE_CHILDREN, &ru), 0);
  CHECK_INT(getrusage(12345, &ru), -1);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
