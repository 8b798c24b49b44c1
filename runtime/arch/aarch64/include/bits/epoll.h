/* aarch64's struct epoll_event has natural alignment (16 bytes). */
#ifndef _BITS_EPOLL_H
#define _BITS_EPOLL_H
#define __PURE_EPOLL_PACKED
#endif
