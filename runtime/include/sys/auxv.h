/* pure libc: <sys/auxv.h> - the kernel's auxiliary vector. */
#ifndef _SYS_AUXV_H
#define _SYS_AUXV_H
#include <features.h>
#include <linux/auxvec.h> /* AT_* (and, through it, <asm/auxvec.h>) */

__PURE_BEGIN_DECLS

/* The value of entry `type`, or 0 with errno = ENOENT when the kernel did not pass it. */
unsigned long getauxval(unsigned long __type);

__PURE_END_DECLS
#endif
