/* aarch64 sizes of types whose width the kernel ABI fixes per architecture. */
#ifndef _BITS_ARCH_TYPES_H
#define _BITS_ARCH_TYPES_H
#define __PURE_NLINK_TYPE unsigned int
#define __PURE_BLKSIZE_TYPE int
/* utmp/lastlog use 64-bit times and a long session id (no 32-bit compat layout). */
#define __PURE_UTMP_TIME32 0
#endif
