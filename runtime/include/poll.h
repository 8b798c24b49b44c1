/* poll.h: waiting for events on file descriptors. */
#ifndef _POLL_H
#define _POLL_H
#include <features.h>

#define POLLIN 0x0001
#define POLLPRI 0x0002
#define POLLOUT 0x0004
#define POLLERR 0x0008
#define POLLHUP 0x0010
#define POLLNVAL 0x0020
#define POLLRDNORM 0x0040
#define POLLRDBAND 0x0080
#define POLLWRNORM 0x0100
#define POLLWRBAND 0x0200
#define POLLMSG 0x0400
#define POLLRDHUP 0x2000

typedef unsigned long nfds_t;

struct pollfd {
  int fd;
  short events;
  short revents;
};

#if __PURE_GNU
#include <bits/types/sigset_t.h>
#include <bits/types/struct_timespec.h>
#endif

__PURE_BEGIN_DECLS

int poll(struct pollfd __fds[], nfds_t __nfds, int __timeout);
#if __PURE_GNU
int ppoll(struct pollfd __fds[], nfds_t __nfds, const struct timespec *__timeout, const sigset_t *__sigmask);
#endif

__PURE_END_DECLS

#endif
