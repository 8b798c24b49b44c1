/* Robust mutexes: an owner that dies (thread exit, or a process holding a process-shared
   one) hands the next locker EOWNERDEAD; pthread_mutex_consistent repairs the mutex;
   unlocking without it makes the mutex ENOTRECOVERABLE. A waiter blocked at the death is
   woken. */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

static pthread_mutex_t m;
static volatile int locked;

static void *lock_and_exit(void *arg) {
  pthread_mutex_lock((pthread_mutex_t *)arg);
  __atomic_store_n(&locked, 1, __ATOMIC_SEQ_CST);
  if (arg == &m) usleep(100000); /* let the main thread block on it first */
  return NULL;                   /* dies holding it */
}

static void init_robust(pthread_mutex_t *mx, int type, int pshared) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  CHECK_INT(pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST), 0);
  int r = -1;
  CHECK_INT(pthread_mutexattr_getrobust(&a, &r), 0);
  CHECK_INT(r, PTHREAD_MUTEX_ROBUST);
  pthread_mutexattr_settype(&a, type);
  pthread_mutexattr_setpshared(&a, pshared);
  CHECK_INT(pthread_mutex_init(mx, &a), 0);
  pthread_mutexattr_destroy(&a);
}

int main(void) {
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  CHECK_INT(pthread_mutexattr_setrobust(&a, 7), EINVAL);

  /* The owner thread exits while we wait for the mutex. */
  init_robust(&m, PTHREAD_MUTEX_NORMAL, PTHREAD_PROCESS_PRIVATE);
  pthread_t t;
  CHECK_INT(pthread_create(&t, NULL, lock_and_exit, &m), 0);
  while (!__atomic_load_n(&locked, __ATOMIC_SEQ_CST)) usleep(1000);
  CHECK_INT(pthread_mutex_lock(&m), EOWNERDEAD);
  CHECK_INT(pthread_join(t, NULL), 0);
  CHECK_INT(pthread_mutex_consistent(&m), 0);
  CHECK_INT(pthread_mutex_consistent(&m), EINVAL); /* already consistent */
  CHECK_INT(pthread_mutex_unlock(&m), 0);
  CHECK_INT(pthread_mutex_lock(&m), 0);
  CHECK_INT(pthread_mutex_lock(&m), EDEADLK); /* a robust mutex knows its owner */
  CHECK_INT(pthread_mutex_unlock(&m), 0);
  CHECK_INT(pthread_mutex_unlock(&m), EPERM);

  /* Unlocked without being made consistent: unusable for good. */
  locked = 0;
  CHECK_INT(pthread_create(&t, NULL, lock_and_exit, &m), 0);
  CHECK_INT(pthread_join(t, NULL), 0);
  CHECK_INT(pthread_mutex_trylock(&m), EOWNERDEAD);
  CHECK_INT(pthread_mutex_unlock(&m), 0);
  CHECK_INT(pthread_mutex_lock(&m), ENOTRECOVERABLE);
  CHECK_INT(pthread_mutex_trylock(&m), ENOTRECOVERABLE);

  /* A recursive robust mutex: the new owner starts at depth one. */
  pthread_mutex_t rec;
  init_robust(&rec, PTHREAD_MUTEX_RECURSIVE, PTHREAD_PROCESS_PRIVATE);
  CHECK_INT(pthread_create(&t, NULL, lock_and_exit, &rec), 0);
  CHECK_INT(pthread_join(t, NULL), 0);
  struct timespec soon;
  clock_gettime(CLOCK_REALTIME, &soon);
  soon.tv_sec += 5;
  CHECK_INT(pthread_mutex_timedlock(&rec, &soon), EOWNERDEAD);
  CHECK_INT(pthread_mutex_consistent(&rec), 0);
  CHECK_INT(pthread_mutex_lock(&rec), 0);
  CHECK_INT(pthread_mutex_unlock(&rec), 0);
  CHECK_INT(pthread_mutex_unlock(&rec), 0);
  CHECK_INT(pthread_mutex_unlock(&rec), EPERM);

  /* Process-shared, across fork: a child that exits holding it, then one killed. Only
     the kernel sees a process die; qemu's user-mode emulation cannot pass it the list
     (set_robust_list fails there with ENOSYS), so there these cases cannot run. */
  void *head;
  size_t len;
  if (syscall(SYS_get_robust_list, 0, &head, &len) != 0 && errno == ENOSYS) {
    printf("note: no kernel robust lists (user-mode emulation): process deaths not tested\n");
    return check_done();
  }
  pthread_mutex_t *shared = mmap(NULL, sizeof *shared, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  CHECK(shared != MAP_FAILED);
  init_robust(shared, PTHREAD_MUTEX_ERRORCHECK, PTHREAD_PROCESS_SHARED);
  for (int kill_it = 0; kill_it < 2; kill_it++) {
    int p[2];
    CHECK_INT(pipe(p), 0);
    pid_t pid = fork();
    if (pid == 0) {
      if (pthread_mutex_lock(shared) != 0) _exit(1);
      write(p[1], "x", 1);
      if (kill_it) pause();
      _exit(0);
    }
    char c;
    CHECK_INT(read(p[0], &c, 1), 1);
    if (kill_it) kill(pid, SIGKILL);
    /* The parent blocks until the kernel sees the child die holding it. */
    struct timespec limit;
    clock_gettime(CLOCK_REALTIME, &limit);
    limit.tv_sec += 20;
    CHECK_INT(pthread_mutex_timedlock(shared, &limit), EOWNERDEAD);
    CHECK_INT(pthread_mutex_consistent(shared), 0);
    CHECK_INT(pthread_mutex_unlock(shared), 0);
    int status;
    CHECK_INT(waitpid(pid, &status, 0), pid);
    close(p[0]);
    close(p[1]);
  }
  CHECK_INT(pthread_mutex_lock(shared), 0);
  CHECK_INT(pthread_mutex_unlock(shared), 0);
  return check_done();
}
