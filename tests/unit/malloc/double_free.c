/* A double free or a free of a pointer malloc never returned stops the program with a
   message and abort() (checked in child processes). */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"

static void (*volatile p_free)(void *) = free;

static int run_child(void (*body)(void)) {
  pid_t pid = fork();
  if (pid == 0) {
    body();
    _exit(0);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) != pid) return -1;
  return status;
}

static void double_free(void) {
  /* Quiet: the message goes to the child's stderr, which is closed. */
  close(2);
  char *p = malloc(32);
  p_free(p);
  p_free(p);
}

static void double_free_large(void) {
  close(2);
  char *p = malloc(1 << 20);
  p_free(p);
  p_free(p);
}

static void invalid_free(void) {
  close(2);
  char *p = malloc(64);
  p_free(p + 16);
}

static void fine(void) {
  char *p = malloc(32);
  p_free(p);
  p = malloc(32);
  p_free(p);
}

int main(void) {
  int s = run_child(double_free);
  CHECK(WIFSIGNALED(s) && WTERMSIG(s) == SIGABRT);
  s = run_child(double_free_large);
  CHECK(WIFSIGNALED(s) && WTERMSIG(s) == SIGABRT);
  s = run_child(invalid_free);
  CHECK(WIFSIGNALED(s) && WTERMSIG(s) == SIGABRT);
  s = run_child(fine);
  CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 0);
  return check_done();
}
