#ifndef __PURE_TYPE_FSFILCNT_T
#define __PURE_TYPE_FSFILCNT_T
typedef unsigned long fsfilcnt_t;
#endif
