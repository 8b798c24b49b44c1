/* Processes: fork of a child that exits at once, and posix_spawn of /bin/true, each
 * followed by waitpid.
 *   process --exec NAME PATH   times posix_spawn+waitpid of PATH instead, as NAME: the
 *                              start-up benchmark, run from one build for every libc. */
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

extern char **environ;

static void reap(pid_t pid) {
  int status;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status))
    bench_fail("child did not exit with 0");
}

static void fork_wait(void *ctx, long n) {
  (void)ctx;
  for (long i = 0; i < n; i++) {
    pid_t pid = fork();
    if (pid < 0) bench_fail("fork");
    if (pid == 0) _exit(0);
    reap(pid);
  }
}

/* ctx is the path of the program to run. */
static void spawn_wait(void *ctx, long n) {
  char *argv[] = {ctx, 0};
  for (long i = 0; i < n; i++) {
    pid_t pid;
    if (posix_spawn(&pid, argv[0], 0, 0, argv, environ)) bench_fail("posix_spawn");
    reap(pid);
  }
}

int main(int argc, char **argv) {
  if (argc == 4 && strcmp(argv[1], "--exec") == 0) {
    bench_run(argv[2], spawn_wait, argv[3]);
    return 0;
  }
  bench_run("fork + waitpid", fork_wait, 0);
  bench_run("posix_spawn /bin/true + waitpid", spawn_wait, "/bin/true");
  return 0;
}
