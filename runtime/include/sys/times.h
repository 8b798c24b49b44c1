/* sys/times.h: process times. */
#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H
#include <features.h>
#include <bits/types/clock_t.h>

struct tms {
  clock_t tms_utime;
  clock_t tms_stime;
  clock_t tms_cutime;
  clock_t tms_cstime;
};

__PURE_BEGIN_DECLS
clock_t times(struct tms *__buf);
__PURE_END_DECLS

#endif
