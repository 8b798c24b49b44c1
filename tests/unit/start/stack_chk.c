/* The stack protector's pieces: every thread sees the same canary, and __stack_chk_fail
   ends the process with SIGABRT. */
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

void __stack_chk_fail(void);

static unsigned long read_canary(void) {
#if defined(__x86_64__)
  unsigned long c;
  __asm__ volatile("mov %%fs:0x28, %0" : "=r"(c));
  return c;
#else
  extern unsigned long __stack_chk_guard;
  return __stack_chk_guard;
#endif
}

static void *thread_canary(void *arg) {
  *(unsigned long *)arg = read_canary();
  return NULL;
}

int main(void) {
  unsigned long in_thread = 0;
  pthread_t t;
  CHECK_INT(pthread_create(&t, NULL, thread_canary, &in_thread), 0);
  CHECK_INT(pthread_join(t, NULL), 0);
  CHECK(read_canary() != 0);
  CHECK(in_thread == read_canary());

  int fds[2];
  CHECK_INT(pipe(fds), 0);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 2); /* keep the expected message out of the test's own output */
    __stack_chk_fail();
    _exit(0);
  }
  close(fds[1]);
  char buf[256];
  ssize_t n = read(fds[0], buf, sizeof buf - 1);
  buf[n > 0 ? n : 0] = 0;
  int status = 0;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
  CHECK(n > 0 && strstr(buf, "pure") != NULL && strstr(buf, "stack") != NULL);
  return check_done();
}
