/* fork in a multithreaded program: while other threads keep malloc and stdio busy, the
   child of each fork can still allocate and print (no lock reaches it held), can start
   threads of its own, and exits normally. The program never calls pthread_atfork: the libc's own
   fork handling must be there anyway. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

static volatile int stop;
static FILE *sink;

static void *churn(void *arg) {
  void *(*volatile alloc)(size_t) = malloc;
  while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) {
    for (int i = 0; i < 64; i++) {
      char *p = alloc(16 + (size_t)i * 24);
      if (p) memset(p, i, 16);
      free(p);
    }
    fprintf(sink, "churning %p\n", arg);
  }
  return NULL;
}

static void *in_child(void *arg) { return arg; }
int main(void) {
  sink = fopen("/dev/null", "w");
  CHECK(sink != NULL);
  pthread_t t[4];
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_create(&t[i], NULL, churn, (void *)(long)i), 0);

  int clean_exits = 0;
  for (int round = 0; round < 10; round++) {
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
      alarm(20); /* a deadlock ends the child by SIGALRM instead of hanging the test */
      void *(*volatile alloc)(size_t) = malloc;
      char *p = alloc(100000);
      char *q = alloc(24);
      if (!p || !q) _exit(2);
      snprintf(q, 24, "child %d", round);
      fprintf(sink, "%s\n", q);
      printf("%s", ""); /* stdout's lock too */
      free(p);
      /* Threads work in the child too. */
      pthread_t th;
      void *res = NULL;
      if (pthread_create(&th, NULL, in_child, q) != 0 || pthread_join(th, &res) != 0 || res != q) _exit(3);
      free(q);
      exit(0); /* atexit, stdio flush: the full exit path */
    }
    CHECK(pid > 0);
    int status = 0;
    CHECK_INT(waitpid(pid, &status, 0), pid);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) clean_exits++;
    else fprintf(stderr, "FAIL: child %d: status %#x\n", round, status);
  }
  CHECK_INT(clean_exits, 10);

  __atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_join(t[i], NULL), 0);
  fclose(sink);
  return check_done();
}
