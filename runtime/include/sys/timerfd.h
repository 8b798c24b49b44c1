/* sys/timerfd.h: timers that notify through a file descriptor (Linux). */
#ifndef _SYS_TIMERFD_H
#define _SYS_TIMERFD_H
#include <features.h>
#include <time.h> /* the CLOCK_* names, as programs expect */
#include <bits/types/clockid_t.h>
#include <bits/types/struct_itimerspec.h>

#define TFD_TIMER_ABSTIME (1 << 0)
#define TFD_TIMER_CANCEL_ON_SET (1 << 1)
#define TFD_CLOEXEC 02000000
#define TFD_NONBLOCK 04000

__PURE_BEGIN_DECLS
int timerfd_create(clockid_t __clock_id, int __flags);
int timerfd_settime(int __fd, int __flags, const struct itimerspec *__new_value,
                    struct itimerspec *__old_value);
int timerfd_gettime(int __fd, struct itimerspec *__curr_value);
__PURE_END_DECLS

#endif
