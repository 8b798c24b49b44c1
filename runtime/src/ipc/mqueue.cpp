// POSIX message queues: open/close/unlink, send/receive, attributes. Queue names are
// "/name" in POSIX and "name" to the kernel. (mq_notify has its own file.)
#include <errno.h>
#include <mqueue.h>
#include <stdarg.h>
#include <unistd.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

mqd_t mq_open(const char* name, int flags, ...) {
  if (name[0] != '/') return pure::fail(EINVAL, -1);
  mode_t mode = 0;
  struct mq_attr* attr = nullptr;
  if (flags & O_CREAT) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    attr = va_arg(ap, struct mq_attr*);
    va_end(ap);
  }
  return static_cast<mqd_t>(pure::to_errno(pure::syscall(__NR_mq_open, name + 1, flags, mode, attr)));
}

int mq_close(mqd_t mq) { return close(mq); }

int mq_unlink(const char* name) {
  if (name[0] != '/') return pure::fail(EINVAL, -1);
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mq_unlink, name + 1)));
}

int mq_setattr(mqd_t mq, const struct mq_attr* __restrict attr, struct mq_attr* __restrict old) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mq_getsetattr, mq, attr, old)));
}

int mq_getattr(mqd_t mq, struct mq_attr* attr) { return mq_setattr(mq, nullptr, attr); }

int mq_timedsend(mqd_t mq, const char* msg, size_t size, unsigned int prio, const struct timespec* abstime) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_mq_timedsend, mq, msg, size, prio, abstime)));
}

int mq_send(mqd_t mq, const char* msg, size_t size, unsigned int prio) {
  return mq_timedsend(mq, msg, size, prio, nullptr);
}

ssize_t mq_timedreceive(mqd_t mq, char* __restrict msg, size_t size, unsigned int* __restrict prio,
                        const struct timespec* __restrict abstime) {
  return pure::to_errno(pure::syscall_cp(__NR_mq_timedreceive, mq, msg, size, prio, abstime));
}

ssize_t mq_receive(mqd_t mq, char* msg, size_t size, unsigned int* prio) {
  return mq_timedreceive(mq, msg, size, prio, nullptr);
}

}  // extern "C"
