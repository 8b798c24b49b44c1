/* sys/eventfd.h: event notification counters (Linux). */
#ifndef _SYS_EVENTFD_H
#define _SYS_EVENTFD_H
#include <features.h>

typedef unsigned long long eventfd_t;

#define EFD_SEMAPHORE 1
#define EFD_CLOEXEC 02000000
#define EFD_NONBLOCK 04000

__PURE_BEGIN_DECLS
int eventfd(unsigned int __initval, int __flags);
int eventfd_read(int __fd, eventfd_t *__value);
int eventfd_write(int __fd, eventfd_t __value);
__PURE_END_DECLS

#endif
