/* mqueue.h: POSIX message queues. */
#ifndef _MQUEUE_H
#define _MQUEUE_H
#include <features.h>
#include <fcntl.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>
#include <bits/types/struct_sigevent.h>
#include <bits/types/struct_timespec.h>

typedef int mqd_t; /* a file descriptor */

struct mq_attr {
  long mq_flags; /* O_NONBLOCK or 0 */
  long mq_maxmsg;
  long mq_msgsize;
  long mq_curmsgs;
  long __reserved[4];
};

__PURE_BEGIN_DECLS
mqd_t mq_open(const char *__name, int __flags, ...);
int mq_close(mqd_t __mq);
int mq_unlink(const char *__name);
int mq_getattr(mqd_t __mq, struct mq_attr *__attr);
int mq_setattr(mqd_t __mq, const struct mq_attr *__PURE_RESTRICT __attr, struct mq_attr *__PURE_RESTRICT __old);
int mq_send(mqd_t __mq, const char *__msg, size_t __size, unsigned int __prio);
int mq_timedsend(mqd_t __mq, const char *__msg, size_t __size, unsigned int __prio,
                 const struct timespec *__abstime);
ssize_t mq_receive(mqd_t __mq, char *__msg, size_t __size, unsigned int *__prio);
ssize_t mq_timedreceive(mqd_t __mq, char *__PURE_RESTRICT __msg, size_t __size,
                        unsigned int *__PURE_RESTRICT __prio, const struct timespec *__PURE_RESTRICT __abstime);
int mq_notify(mqd_t __mq, const struct sigevent *__event);
__PURE_END_DECLS

#endif
