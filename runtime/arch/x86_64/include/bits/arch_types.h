/* x86_64 sizes of types whose width the kernel ABI fixes per architecture. */
#ifndef _BITS_ARCH_TYPES_H
#define _BITS_ARCH_TYPES_H
#define __PURE_NLINK_TYPE unsigned long
#define __PURE_BLKSIZE_TYPE long
/* utmp/lastlog keep 32-bit times and session ids, so files are shared with i386. */
#define __PURE_UTMP_TIME32 1
#endif
