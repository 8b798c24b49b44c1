#ifndef __PURE_TYPE_FSBLKCNT_T
#define __PURE_TYPE_FSBLKCNT_T
typedef unsigned long fsblkcnt_t;
#endif
