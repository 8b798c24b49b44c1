/* sys/membarrier.h: memory barriers across threads and processes (Linux). The
   MEMBARRIER_CMD_* commands are the kernel's own, from <linux/membarrier.h>. */
#ifndef _SYS_MEMBARRIER_H
#define _SYS_MEMBARRIER_H
#include <features.h>
#include <linux/membarrier.h>

__PURE_BEGIN_DECLS
int membarrier(int __cmd, int __flags);
__PURE_END_DECLS

#endif
