// POSIX asynchronous I/O on threads: each request runs its system call in a detached
// thread of its own, with every signal blocked, then publishes its result, wakes
// aio_suspend callers and notifies as its sigevent asks (a SIGEV_THREAD function runs in
// that same thread). Requests cannot be cancelled once started: aio_cancel reports them
// as AIO_NOTCANCELED or AIO_ALLDONE.
#include <aio.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>

#include "support/errno.h"
#include "support/lock.h"
#include "thread/futex.h"

namespace pure {
namespace {

enum Op { kRead, kWrite, kSync, kDataSync };

// Requests in progress, for aio_cancel(fd, NULL).
constinit Lock registry_lock;
constinit struct aiocb* in_flight = nullptr;

// Bumped at every completion: aio_suspend sleeps on it.
constinit int completions = 0;

// A lio_listio batch: `pending` counts its requests plus one held by the submitter.
struct Group {
  int pending;
  bool wait;  // LIO_WAIT: the submitter sleeps on `pending`; else the last one notifies
  struct sigevent event;
};

void unlink_request(struct aiocb* cb) {
  LockGuard guard(registry_lock);
  if (cb->__prev) cb->__prev->__next = cb->__next;
  else in_flight = cb->__next;
  if (cb->__next) cb->__next->__prev = cb->__prev;
}

void notify(const struct sigevent& ev) {
  if (ev.sigev_notify == SIGEV_SIGNAL) {
    siginfo_t info = {};
    info.si_signo = ev.sigev_signo;
    info.si_code = SI_ASYNCIO;
    info.si_pid = getpid();
    info.si_uid = getuid();
    info.si_value = ev.sigev_value;
    syscall(__NR_rt_sigqueueinfo, info.si_pid, ev.sigev_signo, &info);
  } else if (ev.sigev_notify == SIGEV_THREAD) {
    ev.sigev_notify_function(ev.sigev_value);
  }
}

void group_done(Group* g) {
  if (__atomic_sub_fetch(&g->pending, 1, __ATOMIC_ACQ_REL) != 0) return;
  if (g->wait) {
    futex_wake_n(&g->pending, 1);
  } else {
    notify(g->event);
    free(g);
  }
}

void* worker(void* p) {
  auto* cb = static_cast<struct aiocb*>(p);
  long r;
  switch (cb->__op) {
    // aio_offset means nothing for pipes and other unseekable files (ESPIPE).
    case kRead:
      r = syscall(__NR_pread64, cb->aio_fildes, cb->aio_buf, cb->aio_nbytes, cb->aio_offset);
      if (r == -ESPIPE) r = syscall(__NR_read, cb->aio_fildes, cb->aio_buf, cb->aio_nbytes);
      break;
    case kWrite:
      // With O_APPEND the data goes at the end, whatever aio_offset says.
      r = syscall(__NR_fcntl, cb->aio_fildes, F_GETFL);
      if (is_error(r)) break;
      r = (r & O_APPEND) ? -ESPIPE
                         : syscall(__NR_pwrite64, cb->aio_fildes, cb->aio_buf, cb->aio_nbytes, cb->aio_offset);
      if (r == -ESPIPE) r = syscall(__NR_write, cb->aio_fildes, cb->aio_buf, cb->aio_nbytes);
      break;
    case kSync:
      r = syscall(__NR_fsync, cb->aio_fildes);
      break;
    default:
      r = syscall(__NR_fdatasync, cb->aio_fildes);
      break;
  }
  // Once the error is published the caller may reuse the control block: read it first.
  struct sigevent ev = cb->aio_sigevent;
  auto* group = static_cast<Group*>(cb->__group);
  unlink_request(cb);
  cb->__result = is_error(r) ? -1 : r;
  __atomic_store_n(&cb->__error, is_error(r) ? static_cast<int>(-r) : 0, __ATOMIC_RELEASE);
  __atomic_add_fetch(&completions, 1, __ATOMIC_RELEASE);
  futex_wake_n(&completions, INT_MAX);
  notify(ev);
  if (group) group_done(group);
  return nullptr;
}

// Starts the request; 0, or -1 with errno (EAGAIN when no thread could be made).
int submit(struct aiocb* cb, int op, Group* group) {
  cb->__op = op;
  cb->__group = group;
  cb->__result = 0;
  cb->__error = EINPROGRESS;
  {
    LockGuard guard(registry_lock);
    cb->__prev = nullptr;
    cb->__next = in_flight;
    if (in_flight) in_flight->__prev = cb;
    in_flight = cb;
  }
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  pthread_t t;
  int e = pthread_create(&t, &attr, worker, cb);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  pthread_attr_destroy(&attr);
  if (e == 0) return 0;
  unlink_request(cb);
  cb->__error = EAGAIN;
  cb->__result = -1;
  return fail(EAGAIN, -1);
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

int aio_read(struct aiocb* cb) { return submit(cb, kRead, nullptr); }

int aio_write(struct aiocb* cb) { return submit(cb, kWrite, nullptr); }

int aio_fsync(int op, struct aiocb* cb) {
  if (op != O_SYNC && op != O_DSYNC) return fail(EINVAL, -1);
  return submit(cb, op == O_SYNC ? kSync : kDataSync, nullptr);
}

int aio_error(const struct aiocb* cb) { return __atomic_load_n(&cb->__error, __ATOMIC_ACQUIRE); }

ssize_t aio_return(struct aiocb* cb) {
  if (aio_error(cb) == EINPROGRESS) return fail(EINVAL, -1);
  return cb->__result;
}

int aio_suspend(const struct aiocb* const list[], int count, const struct timespec* timeout) {
  struct timespec deadline;
  if (timeout) {
    if (!valid_deadline(timeout)) return fail(EINVAL, -1);
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    deadline.tv_sec += timeout->tv_sec;
    deadline.tv_nsec += timeout->tv_nsec;
    if (deadline.tv_nsec >= 1000000000L) {
      deadline.tv_sec++;
      deadline.tv_nsec -= 1000000000L;
    }
  }
  for (;;) {
    int seen = __atomic_load_n(&completions, __ATOMIC_ACQUIRE);
    for (int i = 0; i < count; i++)
      if (list[i] && aio_error(list[i]) != EINPROGRESS) return 0;
    long r = futex_wait_until(&completions, seen, CLOCK_MONOTONIC, timeout ? &deadline : nullptr);
    if (r == -ETIMEDOUT) return fail(EAGAIN, -1);
    if (r == -EINTR) return fail(EINTR, -1);
  }
}

int aio_cancel(int fd, struct aiocb* cb) {
  if (fcntl(fd, F_GETFD) < 0) return -1;
  if (cb) {
    if (cb->aio_fildes != fd) return fail(EINVAL, -1);
    return aio_error(cb) == EINPROGRESS ? AIO_NOTCANCELED : AIO_ALLDONE;
  }
  LockGuard guard(registry_lock);
  for (struct aiocb* p = in_flight; p; p = p->__next)
    if (p->aio_fildes == fd) return AIO_NOTCANCELED;
  return AIO_ALLDONE;
}

int lio_listio(int mode, struct aiocb* const __restrict list[], int count, struct sigevent* __restrict event) {
  if ((mode != LIO_WAIT && mode != LIO_NOWAIT) || count < 0) return fail(EINVAL, -1);
  Group on_stack = {1, true, {}};
  Group* g = &on_stack;
  if (mode == LIO_NOWAIT) {
    g = static_cast<Group*>(malloc(sizeof(Group)));
    if (!g) return fail(EAGAIN, -1);
    *g = {1, false, {}};
    if (event) g->event = *event;
    else g->event.sigev_notify = SIGEV_NONE;
  }
  bool refused = false;
  for (int i = 0; i < count; i++) {
    struct aiocb* cb = list[i];
    if (!cb || cb->aio_lio_opcode == LIO_NOP) continue;
    if (cb->aio_lio_opcode != LIO_READ && cb->aio_lio_opcode != LIO_WRITE) {
      cb->__error = EINVAL;
      cb->__result = -1;
      refused = true;
      continue;
    }
    __atomic_add_fetch(&g->pending, 1, __ATOMIC_RELAXED);
    if (submit(cb, cb->aio_lio_opcode == LIO_READ ? kRead : kWrite, g) != 0) {
      __atomic_sub_fetch(&g->pending, 1, __ATOMIC_RELAXED);
      refused = true;
    }
  }
  if (mode == LIO_NOWAIT) {
    group_done(g);
    return refused ? fail(EAGAIN, -1) : 0;
  }
  group_done(g);
  for (int v; (v = __atomic_load_n(&g->pending, __ATOMIC_ACQUIRE)) != 0;) futex_wait_until(&g->pending, v, CLOCK_MONOTONIC, nullptr);
  // LIO_WAIT: every request has finished; EIO if any of them failed.
  for (int i = 0; i < count; i++)
    if (list[i] && list[i]->aio_lio_opcode != LIO_NOP && aio_error(list[i]) != 0) return fail(EIO, -1);
  return refused ? fail(EIO, -1) : 0;
}

}  // extern "C"

#include "support/alias.h"
PURE_ALIAS(aio_read, aio_read64);
PURE_ALIAS(aio_write, aio_write64);
PURE_ALIAS(aio_fsync, aio_fsync64);
PURE_ALIAS(aio_error, aio_error64);
PURE_ALIAS(aio_return, aio_return64);
PURE_ALIAS(aio_suspend, aio_suspend64);
PURE_ALIAS(aio_cancel, aio_cancel64);
PURE_ALIAS(lio_listio, lio_listio64);
