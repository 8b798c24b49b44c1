/* utime.h: set file access and modification times (obsolescent; see utimensat). */
#ifndef _UTIME_H
#define _UTIME_H
#include <features.h>
#include <bits/types/time_t.h>

struct utimbuf {
  time_t actime;
  time_t modtime;
};

__PURE_BEGIN_DECLS
int utime(const char *__path, const struct utimbuf *__times);
__PURE_END_DECLS

#endif
