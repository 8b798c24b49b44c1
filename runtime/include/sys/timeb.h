/* sys/timeb.h: ftime, the seconds and milliseconds since the Epoch (obsolete; see
   clock_gettime). */
#ifndef _SYS_TIMEB_H
#define _SYS_TIMEB_H
#include <features.h>
#include <bits/types/time_t.h>

struct timeb {
  time_t time;
  unsigned short millitm;
  short timezone;
  short dstflag;
};

__PURE_BEGIN_DECLS
int ftime(struct timeb *__tp);
__PURE_END_DECLS

#endif
