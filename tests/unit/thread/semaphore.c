/* <semaphore.h>: unnamed semaphores (values, trywait, timeouts, overflow, between
   threads) and named ones in /dev/shm (create, exclusive create, one address per name,
   across fork, unlink). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "../check.h"

static sem_t s;
static void *post_later(void *arg) {
  usleep(20000);
  sem_post(&s);
  return NULL;
}

int main(void) {
  int v = -1;
  CHECK_INT(sem_init(&s, 0, 2), 0);
  CHECK_INT(sem_getvalue(&s, &v), 0);
  CHECK_INT(v, 2);
  CHECK_INT(sem_trywait(&s), 0);
  CHECK_INT(sem_wait(&s), 0);
  errno = 0;
  CHECK_INT(sem_trywait(&s), -1);
  CHECK_INT(errno, EAGAIN);

  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  ts.tv_nsec += 30000000;
  if (ts.tv_nsec >= 1000000000) ts.tv_sec++, ts.tv_nsec -= 1000000000;
  errno = 0;
  CHECK_INT(sem_timedwait(&s, &ts), -1);
  CHECK_INT(errno, ETIMEDOUT);
  clock_gettime(CLOCK_MONOTONIC, &ts);
  errno = 0;
  CHECK_INT(sem_clockwait(&s, CLOCK_MONOTONIC, &ts), -1);
  CHECK_INT(errno, ETIMEDOUT);
  ts.tv_nsec = 1000000000;
  errno = 0;
  CHECK_INT(sem_timedwait(&s, &ts), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(sem_clockwait(&s, CLOCK_PROCESS_CPUTIME_ID, &ts), -1);

  /* A waiter is woken by a post from another thread. */
  pthread_t t;
  CHECK_INT(pthread_create(&t, NULL, post_later, NULL), 0);
  CHECK_INT(sem_wait(&s), 0);
  CHECK_INT(pthread_join(t, NULL), 0);
  CHECK_INT(sem_destroy(&s), 0);

  errno = 0;
  CHECK_INT(sem_init(&s, 0, (unsigned)SEM_VALUE_MAX + 1), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(sem_init(&s, 0, SEM_VALUE_MAX), 0);
  errno = 0;
  CHECK_INT(sem_post(&s), -1);
  CHECK_INT(errno, EOVERFLOW);

  /* Named semaphores. */
  char name[64];
  snprintf(name, sizeof name, "/pure-test-%d", (int)getpid());
  sem_unlink(name);
  errno = 0;
  CHECK(sem_open(name, 0) == SEM_FAILED);
  CHECK_INT(errno, ENOENT);
  sem_t *a = sem_open(name, O_CREAT | O_EXCL, 0600, 1);
  CHECK(a != SEM_FAILED);
  errno = 0;
  CHECK(sem_open(name, O_CREAT | O_EXCL, 0600, 1) == SEM_FAILED);
  CHECK_INT(errno, EEXIST);
  sem_t *b = sem_open(name, O_CREAT, 0600, 5); /* exists: the value is not reset */
  CHECK(b == a);
  CHECK_INT(sem_getvalue(b, &v), 0);
  CHECK_INT(v, 1);
  CHECK_INT(sem_close(b), 0);
  CHECK_INT(sem_getvalue(a, &v), 0); /* still mapped: opened twice, closed once */
  CHECK_INT(v, 1);
  errno = 0;
  CHECK(sem_open("/a/b", O_CREAT, 0600, 0) == SEM_FAILED);
  CHECK_INT(errno, EINVAL);

  /* Across fork: each child takes one and posts two; the parent waits for them all. */
  CHECK_INT(sem_wait(a), 0);
  for (int i = 0; i < 3; i++) {
    pid_t pid = fork();
    if (pid == 0) {
      sem_t *c = sem_open(name, 0);
      if (c == SEM_FAILED) _exit(1);
      sem_post(c);
      sem_post(c);
      _exit(sem_close(c) == 0 ? 0 : 2);
    }
    CHECK(pid > 0);
  }
  for (int i = 0; i < 6; i++) CHECK_INT(sem_wait(a), 0);
  for (int i = 0; i < 3; i++) {
    int status = -1;
    wait(&status);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  CHECK_INT(sem_getvalue(a, &v), 0);
  CHECK_INT(v, 0);

  CHECK_INT(sem_unlink(name), 0);
  errno = 0;
  CHECK_INT(sem_unlink(name), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(sem_post(a), 0); /* unlinked, but still usable until closed */
  CHECK_INT(sem_close(a), 0);
  errno = 0;
  CHECK_INT(sem_close(a), -1);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
