/* Cancellation at the cancellation points that block in a system call (read, poll,
   nanosleep, sem_wait, sigwait, recv, accept...): a thread blocked there is cancelled and its cleanup
   handlers run; a cancellation pending on entry acts before the call has any effect;
   with cancellation disabled the call completes normally. */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>
#include <semaphore.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "../check.h"

static int fds[2], sv[2], listener;
static sem_t sem;
static volatile int started, cleanups;

static void note_cleanup(void *arg) { __atomic_fetch_add(&cleanups, 1, __ATOMIC_SEQ_CST); }

/* The state letter of thread `tid` in /proc ('S': asleep in the kernel). */
static char task_state(pid_t tid) {
  char path[64], buf[256];
  snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
  FILE *f = fopen(path, "r");
  if (!f) return '?';
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  char *p = strrchr(buf, ')');
  return p && p[1] == ' ' ? p[2] : '?';
}

static volatile pid_t worker_tid;

/* Waits until the worker has started and sleeps in the kernel (or a few seconds passed). */
static void wait_blocked(void) {
  while (!__atomic_load_n(&started, __ATOMIC_SEQ_CST)) usleep(1000);
  for (int i = 0; i < 3000 && task_state(worker_tid) != 'S'; i++) usleep(1000);
  usleep(20000);
  __atomic_store_n(&started, 0, __ATOMIC_SEQ_CST);
}

static void *blocks_in(void *what) {
  char c;
  worker_tid = gettid();
  pthread_cleanup_push(note_cleanup, NULL);
  __atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
  switch (*(const char *)what) {
    case 'r': read(fds[0], &c, 1); break;
    case 'p': {
      struct pollfd p = {fds[0], POLLIN, 0};
      poll(&p, 1, -1);
      break;
    }
    case 'n': {
      struct timespec ts = {60, 0};
      nanosleep(&ts, NULL);
      break;
    }
    case 's': sem_wait(&sem); break;
    case 'w': {
      sigset_t set;
      sigemptyset(&set);
      sigaddset(&set, SIGUSR1);
      int sig;
      sigwait(&set, &sig);
      break;
    }
    case 'x': pause(); break;
    case 'v': recv(sv[0], &c, 1, 0); break;
    case 'a': accept(listener, NULL, NULL); break;
  }
  pthread_cleanup_pop(0);
  return (void *)1;
}

static void cancel_blocked(const char *what) {
  pthread_t t;
  void *res = NULL;
  cleanups = 0;
  CHECK_INT(pthread_create(&t, NULL, blocks_in, (void *)what), 0);
  wait_blocked();
  CHECK_INT(pthread_cancel(t), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  if (res != PTHREAD_CANCELED) fprintf(stderr, "FAIL: blocked in %s: not cancelled\n", what);
  CHECK(res == PTHREAD_CANCELED);
  CHECK_INT(cleanups, 1);
}

/* Cancelled while cancellation is disabled: the read completes with the data. */
static volatile int got_byte;
static void *reads_disabled(void *arg) {
  char c = 0;
  pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
  worker_tid = gettid();
  __atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
  if (read(fds[0], &c, 1) == 1) got_byte = c;
  pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, NULL);
  pthread_testcancel();
  return NULL;
}

/* A cancellation pending when read is entered acts before anything is read. */
static volatile int go;
static void *reads_after_cancel(void *arg) {
  char c = 0;
  pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
  __atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
  while (!__atomic_load_n(&go, __ATOMIC_SEQ_CST)) usleep(1000);
  pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, NULL);
  if (read(fds[0], &c, 1) == 1) got_byte = c; /* must not happen */
  return NULL;
}

int main(void) {
  CHECK_INT(pipe(fds), 0);
  CHECK_INT(sem_init(&sem, 0, 0), 0);
  sigset_t usr1;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &usr1, NULL); /* inherited: sigwait needs it blocked */

  cancel_blocked("read");
  cancel_blocked("poll");
  cancel_blocked("nanosleep");
  cancel_blocked("sem_wait");
  cancel_blocked("wait for a signal");
  cancel_blocked("x pause");
  CHECK_INT(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
  cancel_blocked("v recv");
  struct sockaddr_in sin = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  listener = socket(AF_INET, SOCK_STREAM, 0);
  CHECK_INT(bind(listener, (struct sockaddr *)&sin, sizeof sin), 0);
  CHECK_INT(listen(listener, 1), 0);
  cancel_blocked("accept");

  /* The pipe is still intact and empty: no cancelled read consumed anything. */
  CHECK_INT(write(fds[1], "A", 1), 1);
  char c = 0;
  CHECK_INT(read(fds[0], &c, 1), 1);
  CHECK_INT(c, 'A');

  pthread_t t;
  void *res = NULL;
  got_byte = 0;
  CHECK_INT(pthread_create(&t, NULL, reads_disabled, NULL), 0);
  wait_blocked();
  CHECK_INT(pthread_cancel(t), 0);
  usleep(20000);
  CHECK_INT(write(fds[1], "B", 1), 1);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK(res == PTHREAD_CANCELED);
  CHECK_INT(got_byte, 'B');

  got_byte = 0;
  CHECK_INT(write(fds[1], "C", 1), 1);
  CHECK_INT(pthread_create(&t, NULL, reads_after_cancel, NULL), 0);
  while (!__atomic_load_n(&started, __ATOMIC_SEQ_CST)) usleep(1000);
  started = 0;
  CHECK_INT(pthread_cancel(t), 0);
  go = 1;
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK(res == PTHREAD_CANCELED);
  CHECK_INT(got_byte, 0);
  CHECK_INT(read(fds[0], &c, 1), 1); /* the byte is still there */
  CHECK_INT(c, 'C');
  return check_done();
}
