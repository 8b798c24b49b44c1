/* sys/epoll.h: scalable I/O event notification (Linux). */
#ifndef _SYS_EPOLL_H
#define _SYS_EPOLL_H
#include <features.h>
#include <bits/epoll.h>
#include <bits/types/sigset_t.h>
#include <bits/types/struct_timespec.h>

#define EPOLL_CLOEXEC 02000000

#define EPOLL_CTL_ADD 1
#define EPOLL_CTL_DEL 2
#define EPOLL_CTL_MOD 3

#define EPOLLIN 0x00000001
#define EPOLLPRI 0x00000002
#define EPOLLOUT 0x00000004
#define EPOLLERR 0x00000008
#define EPOLLHUP 0x00000010
#define EPOLLNVAL 0x00000020
#define EPOLLRDNORM 0x00000040
#define EPOLLRDBAND 0x00000080
#define EPOLLWRNORM 0x00000100
#define EPOLLWRBAND 0x00000200
#define EPOLLMSG 0x00000400
#define EPOLLRDHUP 0x00002000
#define EPOLLEXCLUSIVE (1U << 28)
#define EPOLLWAKEUP (1U << 29)
#define EPOLLONESHOT (1U << 30)
#define EPOLLET (1U << 31)

typedef union epoll_data {
  void *ptr;
  int fd;
  unsigned int u32;
  unsigned long long u64;
} epoll_data_t;

struct epoll_event {
  unsigned int events;
  epoll_data_t data;
} __PURE_EPOLL_PACKED;

__PURE_BEGIN_DECLS
int epoll_create(int __size);
int epoll_create1(int __flags);
int epoll_ctl(int __epfd, int __op, int __fd, struct epoll_event *__event);
int epoll_wait(int __epfd, struct epoll_event *__events, int __maxevents, int __timeout);
int epoll_pwait(int __epfd, struct epoll_event *__events, int __maxevents, int __timeout,
                const sigset_t *__sigmask);
int epoll_pwait2(int __epfd, struct epoll_event *__events, int __maxevents,
                 const struct timespec *__timeout, const sigset_t *__sigmask);
__PURE_END_DECLS

#endif
