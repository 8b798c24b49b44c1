#ifndef __PURE_TYPE_NLINK_T
#define __PURE_TYPE_NLINK_T
#include <bits/arch_types.h>
typedef __PURE_NLINK_TYPE nlink_t;
#endif
