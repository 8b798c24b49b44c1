/* x86_64's struct epoll_event is packed (12 bytes), as the kernel declares it there. */
#ifndef _BITS_EPOLL_H
#define _BITS_EPOLL_H
#define __PURE_EPOLL_PACKED __attribute__((__packed__))
#endif
