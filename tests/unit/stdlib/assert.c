/* assert(): a failing assertion prints "file:line: func: Assertion `expr' failed." on
   stderr and aborts; with NDEBUG it does nothing (checked in a child process). */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"

#include <assert.h>

static volatile int zero = 0;

static void fails_here(void) {
  assert(zero == 1);
}

#define NDEBUG
#include <assert.h>
static int ndebug_ok(void) {
  assert(zero == 1); /* compiled out */
  return 1;
}
#undef NDEBUG
#include <assert.h>

int main(void) {
  int fds[2];
  CHECK_INT(pipe(fds), 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2);
    fails_here();
    _exit(0);
  }
  close(fds[1]);
  char buf[512];
  size_t got = 0;
  ssize_t r;
  while ((r = read(fds[0], buf + got, sizeof buf - 1 - got)) > 0) got += (size_t)r;
  buf[got] = 0;
  int status = 0;
  CHECK(waitpid(pid, &status, 0) == pid);
  CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
  CHECK(strstr(buf, "assert.c:15: fails_here: Assertion `zero == 1' failed.\n") != NULL);
  if (!strstr(buf, "Assertion")) fprintf(stderr, "child wrote: %s\n", buf);
  CHECK(ndebug_ok());
  assert(zero == 0); /* holds */
  return check_done();
}
