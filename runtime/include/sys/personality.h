/* sys/personality.h: the process execution domain (Linux). PER_* and the flag bits are
   the kernel's own, from <linux/personality.h>. */
#ifndef _SYS_PERSONALITY_H
#define _SYS_PERSONALITY_H
#include <features.h>
#include <linux/personality.h>

__PURE_BEGIN_DECLS
int personality(unsigned long __persona);
__PURE_END_DECLS

#endif
