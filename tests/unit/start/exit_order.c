/* exit(): the main thread's thread_local destructors run first, then atexit handlers in
   reverse order of registration, then the exit status reaches the parent. */
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

int __cxa_thread_atexit_impl(void (*fn)(void *), void *obj, void *dso);

static char order[8];
static int len;
static void tls_dtor(void *p) { order[len++] = 'T'; }
static void first(void) {
  order[len++] = '1';
  /* Last handler: report to the parent through the exit status. */
  _exit(len == 3 && order[0] == 'T' && order[1] == '2' ? 33 : 44);
}
static void second(void) { order[len++] = '2'; }

int main(void) {
  pid_t pid = fork();
  if (pid == 0) {
    atexit(first);
    atexit(second);
    __cxa_thread_atexit_impl(tls_dtor, NULL, NULL);
    exit(5);
  }
  int status = 0;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 33);

  /* Without handlers interfering, the status given to exit() is what the parent sees. */
  pid = fork();
  if (pid == 0) exit(5);
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 5);
  return check_done();
}
