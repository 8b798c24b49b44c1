/* sys/prctl.h: operations on a process or thread (Linux). The PR_* requests are the
   kernel's own, from <linux/prctl.h>. */
#ifndef _SYS_PRCTL_H
#define _SYS_PRCTL_H
#include <features.h>
#include <linux/prctl.h>

__PURE_BEGIN_DECLS
int prctl(int __option, ...);
__PURE_END_DECLS

#endif
