/* x86_64 sizes of types whose width the kernel ABI fixes per architecture. */
#ifndef _BITS_ARCH_TYPES_H
#define _BITS_ARCH_TYPES_H
#define __PURE_NLINK_TYPE unsigned long
#define __PURE_BLKSIZE_TYPE long
#endif
