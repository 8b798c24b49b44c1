/* err/warn (BSD) and error/error_at_line (GNU): the exact text on stderr, captured from a
   forked child through a pipe, and the exit status. */
#define _GNU_SOURCE
#include <err.h>
#include <errno.h>
#include <error.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"

static char out[1024];

/* Runs `fn` in a child with stderr on a pipe; returns its exit status and fills `out`. */
static int run(void (*fn)(void)) {
  int p[2];
  if (pipe(p) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    close(p[0]);
    dup2(p[1], 2);
    fn();
    exit(0);
  }
  close(p[1]);
  size_t n = 0;
  ssize_t r;
  while (n < sizeof out - 1 && (r = read(p[0], out + n, sizeof out - 1 - n)) > 0) n += (size_t)r;
  out[n] = '\0';
  close(p[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void do_warn(void) {
  errno = ENOENT;
  warn("open %s", "f");
  warnx("x=%d", 3);
  errno = EACCES;
  warn(NULL);
}
static void do_err(void) {
  errno = EINVAL;
  err(3, "bad");
}
static void do_errx(void) { errx(4, "fatal %d", 1); }
static void do_error(void) {
  error(0, ENOENT, "cannot %s", "x");
  error(0, 0, "plain");
  error_one_per_line = 1;
  error_at_line(0, 0, "a.c", 7, "one");
  error_at_line(0, 0, "a.c", 7, "two");
  error_at_line(0, EACCES, "a.c", 8, "three");
  if (error_message_count != 4) exit(9);
  error(5, 0, "bye");
}

int main(int argc, char **argv) {
  (void)argc;
  char want[1024];
  const char *shortname = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
  CHECK_STR(program_invocation_short_name, shortname);

  CHECK_INT(run(do_warn), 0);
  snprintf(want, sizeof want, "%s: open f: %s\n%s: x=3\n%s: %s\n", shortname, strerror(ENOENT),
           shortname, shortname, strerror(EACCES));
  CHECK_STR(out, want);

  CHECK_INT(run(do_err), 3);
  snprintf(want, sizeof want, "%s: bad: %s\n", shortname, strerror(EINVAL));
  CHECK_STR(out, want);

  CHECK_INT(run(do_errx), 4);
  snprintf(want, sizeof want, "%s: fatal 1\n", shortname);
  CHECK_STR(out, want);

  CHECK_INT(run(do_error), 5);
  const char *p = program_invocation_name;
  snprintf(want, sizeof want, "%s: cannot x: %s\n%s: plain\n%s:a.c:7: one\n%s:a.c:8: three: %s\n%s: bye\n",
           p, strerror(ENOENT), p, p, p, strerror(EACCES), p);
  CHECK_STR(out, want);
  return check_done();
}
