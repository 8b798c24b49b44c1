/* clone, per clone(2): a child in its own address space (fork-like), a child sharing
   memory while the parent waits (CLONE_VM | CLONE_VFORK), CLONE_PARENT_SETTID, and the
   argument checks. The fork-like child must also be a thread of its own to the libc: a
   recursive mutex its parent held at the clone stays held by someone else. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

#define STACK_SIZE (256 * 1024)
static char stack[STACK_SIZE] __attribute__((aligned(16)));
static volatile int shared;
static pthread_mutex_t recursive;

static int own_space(void *arg) {
  shared = *(int *)arg; /* only this process's copy changes */
  /* The parent's lock belongs to the parent's thread, not to us. */
  if (pthread_mutex_trylock(&recursive) != EBUSY) return 40;
  return shared + 1;
}

static int same_space(void *arg) {
  shared = 1000 + *(int *)arg;
  return 3;
}

int main(void) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
  pthread_mutex_init(&recursive, &a);
  CHECK_INT(pthread_mutex_lock(&recursive), 0);

  int value = 20;
  int pid = clone(own_space, stack + STACK_SIZE, SIGCHLD, &value);
  CHECK(pid > 0);
  int status;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 21);
  CHECK_INT(shared, 0); /* the child wrote its own copy */
  CHECK_INT(pthread_mutex_unlock(&recursive), 0);

  /* Shared memory; CLONE_VFORK holds the parent until the child has exited. The child's
     tid is stored for the parent before clone returns. */
  pid_t tid = 0;
  value = 5;
  pid = clone(same_space, stack + STACK_SIZE, CLONE_VM | CLONE_VFORK | CLONE_PARENT_SETTID | SIGCHLD, &value,
              &tid);
  CHECK(pid > 0);
#if defined(__aarch64__)
  /* The aarch64 tests run under qemu's user mode, which makes CLONE_VM | CLONE_VFORK a
     plain fork and stores the parent's tid copy only in the child. */
  int emulated = shared == 0 && tid == 0;
#else
  int emulated = 0;
#endif
  if (!emulated) {
    CHECK_INT(shared, 1005);
    CHECK_INT(tid, pid);
  }
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 3);

  /* No function or no stack: EINVAL, and no child. */
  CHECK_INT(clone(NULL, stack + STACK_SIZE, SIGCHLD, NULL), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(clone(same_space, NULL, SIGCHLD, &value), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(waitpid(-1, &status, WNOHANG), -1);
  CHECK_INT(errno, ECHILD);
  /* Flags the kernel rejects: CLONE_SIGHAND without CLONE_VM. */
  CHECK_INT(clone(same_space, stack + STACK_SIZE, CLONE_SIGHAND, &value), -1);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
