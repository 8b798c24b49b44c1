/* POSIX asynchronous I/O, per aio(7) and the aio_* and lio_listio pages: writes and reads
   completing with aio_error/aio_return, aio_suspend and its timeout, a request blocked on
   an empty pipe (not cancellable, then done), notification by signal and by thread, and
   lio_listio in both modes. */
#define _GNU_SOURCE
#include <aio.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "../check.h"

static void wait_done(struct aiocb *cb) {
  const struct aiocb *list[1] = {cb};
  while (aio_error(cb) == EINPROGRESS) aio_suspend(list, 1, NULL);
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
static int thread_value;
static void on_done(union sigval v) {
  pthread_mutex_lock(&lock);
  thread_value = v.sival_int;
  pthread_cond_signal(&cond);
  pthread_mutex_unlock(&lock);
}

int main(void) {
  int fd = open("aio_file", O_RDWR | O_CREAT | O_TRUNC, 0600);
  CHECK(fd >= 0);

  /* A write at an offset, then a read of it. */
  struct aiocb w;
  memset(&w, 0, sizeof w);
  w.aio_fildes = fd;
  w.aio_buf = "hello, aio";
  w.aio_nbytes = 10;
  w.aio_offset = 5;
  CHECK_INT(aio_write(&w), 0);
  wait_done(&w);
  CHECK_INT(aio_error(&w), 0);
  CHECK_INT(aio_return(&w), 10);
  char buf[32] = {0};
  struct aiocb r;
  memset(&r, 0, sizeof r);
  r.aio_fildes = fd;
  r.aio_buf = buf;
  r.aio_nbytes = sizeof buf;
  r.aio_offset = 0;
  CHECK_INT(aio_read(&r), 0);
  wait_done(&r);
  CHECK_INT(aio_return(&r), 15);
  CHECK(memcmp(buf, "\0\0\0\0\0hello, aio", 15) == 0);

  /* fsync, and its operation check. */
  struct aiocb s;
  memset(&s, 0, sizeof s);
  s.aio_fildes = fd;
  CHECK_INT(aio_fsync(O_SYNC, &s), 0);
  wait_done(&s);
  CHECK_INT(aio_error(&s), 0);
  CHECK_INT(aio_fsync(12345, &s), -1);
  CHECK_INT(errno, EINVAL);

  /* A failing request reports through aio_error; aio_return is -1. */
  struct aiocb bad;
  memset(&bad, 0, sizeof bad);
  bad.aio_fildes = 999;
  bad.aio_buf = buf;
  bad.aio_nbytes = 1;
  CHECK_INT(aio_read(&bad), 0);
  wait_done(&bad);
  CHECK_INT(aio_error(&bad), EBADF);
  CHECK_INT(aio_return(&bad), -1);

  /* A read that waits for data: suspend times out, it cannot be cancelled, then data
     arrives and it completes. Completion notifies by signal. */
  int p[2];
  CHECK_INT(pipe(p), 0);
  sigset_t usr1;
  sigemptyset(&usr1);
  sigaddset(&usr1, SIGUSR1);
  sigprocmask(SIG_BLOCK, &usr1, NULL);
  struct aiocb pr;
  memset(&pr, 0, sizeof pr);
  pr.aio_fildes = p[0];
  pr.aio_buf = buf;
  pr.aio_nbytes = sizeof buf;
  pr.aio_sigevent.sigev_notify = SIGEV_SIGNAL;
  pr.aio_sigevent.sigev_signo = SIGUSR1;
  pr.aio_sigevent.sigev_value.sival_int = 31;
  CHECK_INT(aio_read(&pr), 0);
  CHECK_INT(aio_error(&pr), EINPROGRESS);
  const struct aiocb *list[2] = {NULL, &pr};
  struct timespec brief = {0, 20 * 1000 * 1000};
  CHECK_INT(aio_suspend(list, 2, &brief), -1);
  CHECK_INT(errno, EAGAIN);
  CHECK_INT(aio_cancel(p[0], &pr), AIO_NOTCANCELED);
  CHECK_INT(aio_cancel(p[0], NULL), AIO_NOTCANCELED);
  CHECK_INT(aio_cancel(fd, NULL), AIO_ALLDONE);
  CHECK_INT(aio_cancel(fd, &pr), -1); /* not that descriptor's request */
  CHECK_INT(errno, EINVAL);
  CHECK_INT(aio_cancel(-1, NULL), -1);
  CHECK_INT(errno, EBADF);
  CHECK_INT(write(p[1], "pipe", 4), 4);
  siginfo_t si;
  struct timespec second = {5, 0};
  CHECK_INT(sigtimedwait(&usr1, &si, &second), SIGUSR1);
  CHECK_INT(si.si_code, SI_ASYNCIO);
  CHECK_INT(si.si_value.sival_int, 31);
  CHECK_INT(aio_error(&pr), 0);
  CHECK_INT(aio_return(&pr), 4);
  CHECK_INT(aio_cancel(p[0], &pr), AIO_ALLDONE);

  /* Notification by thread. */
  struct aiocb tw;
  memset(&tw, 0, sizeof tw);
  tw.aio_fildes = p[1];
  tw.aio_buf = "x";
  tw.aio_nbytes = 1;
  tw.aio_sigevent.sigev_notify = SIGEV_THREAD;
  tw.aio_sigevent.sigev_notify_function = on_done;
  tw.aio_sigevent.sigev_value.sival_int = 64;
  CHECK_INT(aio_write(&tw), 0);
  pthread_mutex_lock(&lock);
  while (thread_value == 0) pthread_cond_wait(&cond, &lock);
  pthread_mutex_unlock(&lock);
  CHECK_INT(thread_value, 64);
  CHECK_INT(aio_return(&tw), 1);

  /* lio_listio, waiting: two writes and a no-op. */
  struct aiocb a, b, nop;
  memset(&a, 0, sizeof a);
  memset(&b, 0, sizeof b);
  memset(&nop, 0, sizeof nop);
  a.aio_fildes = b.aio_fildes = fd;
  a.aio_lio_opcode = b.aio_lio_opcode = LIO_WRITE;
  a.aio_buf = "AAAA";
  a.aio_nbytes = 4;
  a.aio_offset = 0;
  b.aio_buf = "BBBB";
  b.aio_nbytes = 4;
  b.aio_offset = 100;
  nop.aio_lio_opcode = LIO_NOP;
  struct aiocb *batch[3] = {&a, &nop, &b};
  CHECK_INT(lio_listio(LIO_WAIT, batch, 3, NULL), 0);
  CHECK_INT(aio_return(&a), 4);
  CHECK_INT(aio_return(&b), 4);
  CHECK_INT(pread(fd, buf, 4, 100), 4);
  CHECK(memcmp(buf, "BBBB", 4) == 0);

  /* lio_listio without waiting: one signal when the whole batch is done. */
  struct aiocb ra, rb;
  char ba[4], bb[4];
  memset(&ra, 0, sizeof ra);
  memset(&rb, 0, sizeof rb);
  ra.aio_fildes = rb.aio_fildes = fd;
  ra.aio_lio_opcode = rb.aio_lio_opcode = LIO_READ;
  ra.aio_buf = ba;
  rb.aio_buf = bb;
  ra.aio_nbytes = rb.aio_nbytes = 4;
  rb.aio_offset = 100;
  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = SIGUSR1;
  ev.sigev_value.sival_int = 7;
  struct aiocb *reads[2] = {&ra, &rb};
  CHECK_INT(lio_listio(LIO_NOWAIT, reads, 2, &ev), 0);
  CHECK_INT(sigtimedwait(&usr1, &si, &second), SIGUSR1);
  CHECK_INT(si.si_value.sival_int, 7);
  CHECK_INT(aio_return(&ra), 4);
  CHECK_INT(aio_return(&rb), 4);
  CHECK(memcmp(ba, "AAAA", 4) == 0 && memcmp(bb, "BBBB", 4) == 0);

  /* A failing member makes LIO_WAIT report EIO; a bad mode is EINVAL. */
  bad.aio_lio_opcode = LIO_READ;
  struct aiocb *failing[2] = {&a, &bad};
  a.aio_lio_opcode = LIO_WRITE;
  CHECK_INT(lio_listio(LIO_WAIT, failing, 2, NULL), -1);
  CHECK_INT(errno, EIO);
  CHECK_INT(aio_error(&bad), EBADF);
  CHECK_INT(lio_listio(42, batch, 3, NULL), -1);
  CHECK_INT(errno, EINVAL);

  close(p[0]);
  close(p[1]);
  close(fd);
  unlink("aio_file");
  return check_done();
}
