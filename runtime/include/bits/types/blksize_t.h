#ifndef __PURE_TYPE_BLKSIZE_T
#define __PURE_TYPE_BLKSIZE_T
#include <bits/arch_types.h>
typedef __PURE_BLKSIZE_TYPE blksize_t;
#endif
