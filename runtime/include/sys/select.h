/* sys/select.h: synchronous I/O multiplexing. */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H
#include <features.h>
#include <bits/types/sigset_t.h>
#include <bits/types/struct_timespec.h>
#include <bits/types/struct_timeval.h>
#include <bits/types/suseconds_t.h>
#include <bits/types/time_t.h>

#define FD_SETSIZE 1024

typedef long fd_mask;
#define __PURE_NFDBITS (8 * (int)sizeof(fd_mask))

typedef struct {
  fd_mask fds_bits[FD_SETSIZE / __PURE_NFDBITS];
} fd_set;

#define FD_ZERO(set)                                                           \
  do {                                                                         \
    unsigned int __pure_i;                                                     \
    for (__pure_i = 0; __pure_i < FD_SETSIZE / __PURE_NFDBITS; __pure_i++)     \
      (set)->fds_bits[__pure_i] = 0;                                           \
  } while (0)
#define FD_SET(fd, set) \
  ((void)((set)->fds_bits[(fd) / __PURE_NFDBITS] |= (fd_mask)(1UL << ((fd) % __PURE_NFDBITS))))
#define FD_CLR(fd, set) \
  ((void)((set)->fds_bits[(fd) / __PURE_NFDBITS] &= ~(fd_mask)(1UL << ((fd) % __PURE_NFDBITS))))
#define FD_ISSET(fd, set) \
  (((set)->fds_bits[(fd) / __PURE_NFDBITS] & (fd_mask)(1UL << ((fd) % __PURE_NFDBITS))) != 0)

#if __PURE_DEFAULT
#define NFDBITS __PURE_NFDBITS
#endif

__PURE_BEGIN_DECLS

int select(int __nfds, fd_set *__PURE_RESTRICT __readfds, fd_set *__PURE_RESTRICT __writefds,
           fd_set *__PURE_RESTRICT __exceptfds, struct timeval *__PURE_RESTRICT __timeout);
int pselect(int __nfds, fd_set *__PURE_RESTRICT __readfds, fd_set *__PURE_RESTRICT __writefds,
            fd_set *__PURE_RESTRICT __exceptfds, const struct timespec *__PURE_RESTRICT __timeout,
            const sigset_t *__PURE_RESTRICT __sigmask);

__PURE_END_DECLS

#endif
