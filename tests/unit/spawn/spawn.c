#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"

extern char** environ;

static int wait_status(pid_t pid) {
  int status = -1;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return status;
}

static void test_redirect(void) {
  char path[] = "/tmp/pure-spawn-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  close(fd);
  posix_spawn_file_actions_t fa;
  CHECK_INT(posix_spawn_file_actions_init(&fa), 0);
  CHECK_INT(posix_spawn_file_actions_addopen(&fa, 1, path, O_WRONLY | O_TRUNC, 0), 0);
  char* argv[] = {"echo", "hello", "spawn", NULL};
  pid_t pid = 0;
  CHECK_INT(posix_spawn(&pid, "/bin/echo", &fa, NULL, argv, environ), 0);
  CHECK(pid > 0);
  int st = wait_status(pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  char buf[64] = {0};
  fd = open(path, O_RDONLY);
  CHECK(fd >= 0);
  CHECK_INT(read(fd, buf, sizeof buf - 1), 12);
  close(fd);
  CHECK_STR(buf, "hello spawn\n");
  unlink(path);
  posix_spawn_file_actions_destroy(&fa);
}

static void test_path_and_errors(void) {
  char* argv[] = {"true", NULL};
  pid_t pid = 0;
  CHECK_INT(posix_spawnp(&pid, "true", NULL, NULL, argv, environ), 0);
  int st = wait_status(pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);

  char* argv2[] = {"false", NULL};
  CHECK_INT(posix_spawnp(&pid, "false", NULL, NULL, argv2, environ), 0);
  st = wait_status(pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 1);

  CHECK_INT(posix_spawn(&pid, "/nonexistent/pure-prog", NULL, NULL, argv, environ), ENOENT);
  CHECK_INT(posix_spawnp(&pid, "pure-no-such-program-xyz", NULL, NULL, argv, environ), ENOENT);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  CHECK_INT(posix_spawn_file_actions_addopen(&fa, 3, "/nonexistent/dir/file", O_RDONLY, 0), 0);
  CHECK_INT(posix_spawn(&pid, "/bin/true", &fa, NULL, argv, environ), ENOENT);
  posix_spawn_file_actions_destroy(&fa);

  // The failed children were reaped by posix_spawn itself.
  CHECK_INT(waitpid(-1, NULL, WNOHANG), -1);
  CHECK_INT(errno, ECHILD);

  posix_spawn_file_actions_init(&fa);
  CHECK_INT(posix_spawn_file_actions_addclose(&fa, -1), EBADF);
  CHECK_INT(posix_spawn_file_actions_adddup2(&fa, 1, -2), EBADF);
  // Closing a descriptor that is not open is no error; dup2 of stdout to itself is fine.
  CHECK_INT(posix_spawn_file_actions_addclose(&fa, 200), 0);
  CHECK_INT(posix_spawn_file_actions_adddup2(&fa, 1, 1), 0);
  CHECK_INT(posix_spawn_file_actions_addchdir_np(&fa, "/"), 0);
  CHECK_INT(posix_spawn(&pid, "/bin/true", &fa, NULL, argv, environ), 0);
  st = wait_status(pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  posix_spawn_file_actions_destroy(&fa);

  posix_spawn_file_actions_init(&fa);
  CHECK_INT(posix_spawn_file_actions_addchdir(&fa, "/nonexistent/dir"), 0);
  CHECK_INT(posix_spawn(&pid, "/bin/true", &fa, NULL, argv, environ), ENOENT);
  posix_spawn_file_actions_destroy(&fa);
}

static void test_dup2_and_path(void) {
  char path[] = "/tmp/pure-spawn-XXXXXX";
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  CHECK_INT(posix_spawn_file_actions_adddup2(&fa, fd, 1), 0);
  CHECK_INT(posix_spawn_file_actions_addclose(&fa, fd), 0);
  // The search skips a missing directory and finds echo in a later one.
  CHECK_INT(setenv("PATH", "/nonexistent-pure-dir:/bin:/usr/bin", 1), 0);
  char* argv[] = {"echo", "dup", NULL};
  pid_t pid;
  CHECK_INT(posix_spawnp(&pid, "echo", &fa, NULL, argv, environ), 0);
  int st = wait_status(pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
  char buf[16] = {0};
  CHECK_INT(pread(fd, buf, sizeof buf - 1, 0), 4);
  CHECK_STR(buf, "dup\n");
  close(fd);
  unlink(path);
  posix_spawn_file_actions_destroy(&fa);
}

static void test_attrs(void) {
  posix_spawnattr_t at;
  CHECK_INT(posix_spawnattr_init(&at), 0);
  short flags = -1;
  CHECK_INT(posix_spawnattr_getflags(&at, &flags), 0);
  CHECK_INT(flags, 0);
  CHECK_INT(posix_spawnattr_setflags(&at, 0x4000), EINVAL);
  CHECK_INT(posix_spawnattr_setschedpolicy(&at, 12345), EINVAL);
  CHECK_INT(posix_spawnattr_setpgroup(&at, 0), 0);
  pid_t pg = -1;
  CHECK_INT(posix_spawnattr_getpgroup(&at, &pg), 0);
  CHECK_INT(pg, 0);

  // SETSIGMASK: a blocked SIGUSR1 sent by the shell to itself leaves it alive.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  CHECK_INT(posix_spawnattr_setsigmask(&at, &set), 0);
  sigset_t got;
  CHECK_INT(posix_spawnattr_getsigmask(&at, &got), 0);
  CHECK(sigismember(&got, SIGUSR1) == 1);
  CHECK_INT(posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK), 0);
  char* argv[] = {"sh", "-c", "kill -USR1 $$; exit 7", NULL};
  pid_t pid;
  CHECK_INT(posix_spawn(&pid, "/bin/sh", NULL, &at, argv, environ), 0);
  int st = wait_status(pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 7);

  // Without it, the signal kills the shell.
  CHECK_INT(posix_spawnattr_setflags(&at, 0), 0);
  CHECK_INT(posix_spawn(&pid, "/bin/sh", NULL, &at, argv, environ), 0);
  st = wait_status(pid);
  CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR1);

  // SETSIGDEF: an ignored SIGUSR1 (inherited across exec) is reset to the default.
  signal(SIGUSR1, SIG_IGN);
  CHECK_INT(posix_spawn(&pid, "/bin/sh", NULL, &at, argv, environ), 0);
  st = wait_status(pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 7);
  CHECK_INT(posix_spawnattr_setsigdefault(&at, &set), 0);
  CHECK_INT(posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF), 0);
  CHECK_INT(posix_spawn(&pid, "/bin/sh", NULL, &at, argv, environ), 0);
  st = wait_status(pid);
  CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGUSR1);
  signal(SIGUSR1, SIG_DFL);

  // SETPGROUP with 0: the child leads a new group.
  char* argv2[] = {"sh", "-c", "exit 0", NULL};
  CHECK_INT(posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP), 0);
  CHECK_INT(posix_spawn(&pid, "/bin/sh", NULL, &at, argv2, environ), 0);
  st = wait_status(pid);
  CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);

  // SETSID (POSIX 2024) and SETPGROUP, seen from outside while the child sleeps: with
  // vfork semantics both are done before posix_spawn returns.
  char* argv3[] = {"sleep", "5", NULL};
  CHECK_INT(posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSID), 0);
  CHECK_INT(posix_spawnp(&pid, "sleep", NULL, &at, argv3, environ), 0);
  CHECK_INT(getsid(pid), pid);
  CHECK_INT(getpgid(pid), pid);
  kill(pid, SIGKILL);
  st = wait_status(pid);
  CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
  CHECK_INT(posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP), 0);
  CHECK_INT(posix_spawnp(&pid, "sleep", NULL, &at, argv3, environ), 0);
  CHECK_INT(getpgid(pid), pid);
  CHECK_INT(getsid(pid), getsid(0));
  kill(pid, SIGKILL);
  st = wait_status(pid);
  CHECK(WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
  CHECK_INT(posix_spawnattr_destroy(&at), 0);
}

static void* spawner(void* arg) {
  (void)arg;
  long bad = 0;
  for (int i = 0; i < 10; i++) {
    char* argv[] = {"true", NULL};
    pid_t pid;
    if (posix_spawnp(&pid, "true", NULL, NULL, argv, environ) != 0) {
      bad++;
      continue;
    }
    int st;
    if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 0) bad++;
  }
  return (void*)bad;
}

static void test_threads(void) {
  pthread_t t[4];
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_create(&t[i], NULL, spawner, NULL), 0);
  for (int i = 0; i < 4; i++) {
    void* r = (void*)1;
    CHECK_INT(pthread_join(t[i], &r), 0);
    CHECK(r == NULL);
  }
}

int main(void) {
  test_redirect();
  test_path_and_errors();
  test_dup2_and_path();
  test_attrs();
  test_threads();
  return check_done();
}
