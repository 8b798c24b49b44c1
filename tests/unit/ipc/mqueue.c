/* POSIX message queues, per mq_overview(7) and the mq_* manual pages: creation with
   attributes, priority order, non-blocking and timed operations, notification by signal
   and by thread, and removal. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "../check.h"

static char name[64];

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int notified_value;
static pthread_t notified_thread;

static void on_message(union sigval v) {
  pthread_mutex_lock(&lock);
  notified_value = v.sival_int;
  notified_thread = pthread_self();
  pthread_cond_signal(&cond);
  pthread_mutex_unlock(&lock);
}

static void deadline(struct timespec *t, long ms) {
  clock_gettime(CLOCK_REALTIME, t);
  t->tv_nsec += ms * 1000000L;
  t->tv_sec += t->tv_nsec / 1000000000L;
  t->tv_nsec %= 1000000000L;
}

int main(void) {
  snprintf(name, sizeof name, "/pure-test-%d", (int)getpid());
  struct mq_attr attr = {0, 4, 32, 0, {0}};
  mqd_t q = mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr);
  CHECK(q >= 0);
  CHECK_INT(mq_open(name, O_RDWR | O_CREAT | O_EXCL, 0600, &attr), -1);
  CHECK_INT(errno, EEXIST);
  CHECK_INT(mq_open("no-slash", O_RDONLY), -1);
  CHECK_INT(errno, EINVAL);

  struct mq_attr got;
  CHECK_INT(mq_getattr(q, &got), 0);
  CHECK_INT(got.mq_maxmsg, 4);
  CHECK_INT(got.mq_msgsize, 32);
  CHECK_INT(got.mq_curmsgs, 0);
  CHECK_INT(got.mq_flags, 0);

  /* Highest priority first; FIFO within one priority. */
  CHECK_INT(mq_send(q, "low", 4, 1), 0);
  CHECK_INT(mq_send(q, "high", 5, 9), 0);
  CHECK_INT(mq_send(q, "low2", 5, 1), 0);
  CHECK_INT(mq_getattr(q, &got), 0);
  CHECK_INT(got.mq_curmsgs, 3);
  char buf[32];
  unsigned prio = 0;
  CHECK_INT(mq_receive(q, buf, sizeof buf, &prio), 5);
  CHECK_STR(buf, "high");
  CHECK_INT(prio, 9);
  CHECK_INT(mq_receive(q, buf, sizeof buf, &prio), 4);
  CHECK_STR(buf, "low");
  CHECK_INT(mq_receive(q, buf, sizeof buf, NULL), 5);
  CHECK_STR(buf, "low2");

  /* Buffers smaller than mq_msgsize are refused; so are messages larger than it. */
  CHECK_INT(mq_receive(q, buf, 8, NULL), -1);
  CHECK_INT(errno, EMSGSIZE);
  char big[40] = {0};
  CHECK_INT(mq_send(q, big, sizeof big, 0), -1);
  CHECK_INT(errno, EMSGSIZE);

  /* Timed receive on an empty queue; timed send on a full one. */
  struct timespec t;
  deadline(&t, 20);
  CHECK_INT(mq_timedreceive(q, buf, sizeof buf, NULL, &t), -1);
  CHECK_INT(errno, ETIMEDOUT);
  for (int i = 0; i < 4; i++) CHECK_INT(mq_send(q, "x", 1, 0), 0);
  deadline(&t, 20);
  CHECK_INT(mq_timedsend(q, "y", 1, 0, &t), -1);
  CHECK_INT(errno, ETIMEDOUT);

  /* O_NONBLOCK through mq_setattr: the old attributes come back. */
  struct mq_attr nb = {O_NONBLOCK, 0, 0, 0, {0}}, old;
  CHECK_INT(mq_setattr(q, &nb, &old), 0);
  CHECK_INT(old.mq_flags, 0);
  CHECK_INT(old.mq_curmsgs, 4);
  CHECK_INT(mq_send(q, "y", 1, 0), -1);
  CHECK_INT(errno, EAGAIN);
  for (int i = 0; i < 4; i++) CHECK_INT(mq_receive(q, buf, sizeof buf, NULL), 1);
  CHECK_INT(mq_receive(q, buf, sizeof buf, NULL), -1);
  CHECK_INT(errno, EAGAIN);
  CHECK_INT(mq_getattr(q, &got), 0);
  CHECK_INT(got.mq_flags, O_NONBLOCK);

  /* Notification by signal: one process may register; the signal comes when a message
     arrives in the empty queue. */
  sigset_t usr1;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  sigprocmask(SIG_BLOCK, &usr1, NULL);
  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = SIGUSR1;
  ev.sigev_value.sival_int = 77;
  int r = mq_notify(q, &ev);
#if defined(__aarch64__)
  /* The aarch64 tests run under qemu's user mode, which has no mq_notify (ENOSYS). */
  if (r != 0) {
    CHECK_INT(errno, ENOSYS);
    goto notified;
  }
#endif
  CHECK_INT(r, 0);
  CHECK_INT(mq_notify(q, &ev), -1); /* already registered */
  CHECK_INT(errno, EBUSY);
  CHECK_INT(mq_send(q, "s", 1, 0), 0);
  siginfo_t si;
  struct timespec second = {1, 0};
  CHECK_INT(sigtimedwait(&usr1, &si, &second), SIGUSR1);
  CHECK_INT(si.si_code, SI_MESGQ);
  CHECK_INT(si.si_value.sival_int, 77);
  CHECK_INT(mq_receive(q, buf, sizeof buf, NULL), 1);

  /* Registration can be removed. */
  CHECK_INT(mq_notify(q, &ev), 0);
  CHECK_INT(mq_notify(q, NULL), 0);

  /* Notification by thread: the function runs once, in a new thread, with the value. */
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_THREAD;
  ev.sigev_notify_function = on_message;
  ev.sigev_value.sival_int = 99;
  CHECK_INT(mq_notify(q, &ev), 0);
  CHECK_INT(mq_send(q, "t", 1, 0), 0);
  pthread_mutex_lock(&lock);
  deadline(&t, 5000);
  while (notified_value == 0 && pthread_cond_timedwait(&cond, &lock, &t) == 0) {
  }
  CHECK_INT(notified_value, 99);
  CHECK(!pthread_equal(notified_thread, pthread_self()));
  pthread_mutex_unlock(&lock);
  CHECK_INT(mq_receive(q, buf, sizeof buf, NULL), 1);
  /* One-shot: the registration is gone, so another may register. */
  CHECK_INT(mq_notify(q, &ev), 0);
  CHECK_INT(mq_notify(q, NULL), 0);
#if defined(__aarch64__)
notified:
#endif

  CHECK_INT(mq_close(q), 0);
  CHECK_INT(mq_send(q, "z", 1, 0), -1);
  CHECK_INT(errno, EBADF);
  q = mq_open(name, O_RDONLY);
  CHECK(q >= 0);
  CHECK_INT(mq_close(q), 0);
  CHECK_INT(mq_unlink(name), 0);
  CHECK_INT(mq_unlink(name), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(mq_open(name, O_RDONLY), -1);
  CHECK_INT(errno, ENOENT);
  return check_done();
}
