/* sys/sysmacros.h: splitting and building device numbers (the kernel's 32-bit layout,
   widened to 64 bits as Linux libcs agree: major in bits 8-19 and 32-43, minor in
   bits 0-7 and 20-31 and 44-63). */
#ifndef _SYS_SYSMACROS_H
#define _SYS_SYSMACROS_H
#include <features.h>

#define major(dev) ((unsigned int)((((unsigned long long)(dev) >> 32) & 0xfffff000u) | \
                                   (((unsigned long long)(dev) >> 8) & 0x00000fffu)))
#define minor(dev) ((unsigned int)((((unsigned long long)(dev) >> 12) & 0xffffff00u) | \
                                   ((unsigned long long)(dev) & 0x000000ffu)))
#define makedev(ma, mi)                                                       \
  ((((unsigned long long)(ma) & 0xfffff000ull) << 32) |                       \
   (((unsigned long long)(ma) & 0x00000fffull) << 8) |                        \
   (((unsigned long long)(mi) & 0xffffff00ull) << 12) |                       \
   ((unsigned long long)(mi) & 0x000000ffull))

#endif
