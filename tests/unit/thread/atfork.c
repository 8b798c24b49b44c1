/* pthread_atfork handler order around fork(), and malloc/stdio usable in the child of a
   multithreaded parent. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

static char trace[32];
static int trace_len;
static void add(char c) { trace[trace_len++] = c; trace[trace_len] = 0; }
static void prep1(void) { add('p'); }
static void prep2(void) { add('P'); }
static void parent1(void) { add('a'); }
static void parent2(void) { add('A'); }
static void child1(void) { add('c'); }
static void child2(void) { add('C'); }

static volatile int stop;
static void *churn(void *arg) {
  while (!stop) free(malloc(64));
  return NULL;
}

int main(void) {
  CHECK_INT(pthread_atfork(prep1, parent1, child1), 0);
  CHECK_INT(pthread_atfork(prep2, parent2, child2), 0);
  CHECK_INT(pthread_atfork(NULL, NULL, NULL), 0);
  pthread_t t;
  CHECK_INT(pthread_create(&t, NULL, churn, NULL), 0);
  for (int i = 0; i < 20; i++) {
    trace_len = 0;
    pid_t pid = fork();
    if (pid == 0) {
      /* prepare newest first, child oldest first; malloc works in the child. */
      void *p = malloc(100);
      int ok = strcmp(trace, "Ppc" "C") == 0 && p != NULL;
      free(p);
      _exit(ok ? 0 : 1);
    }
    int status = -1;
    CHECK(pid > 0);
    CHECK_INT(waitpid(pid, &status, 0), pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK_STR(trace, "PpaA");
  }
  stop = 1;
  CHECK_INT(pthread_join(t, NULL), 0);
  return check_done();
}
