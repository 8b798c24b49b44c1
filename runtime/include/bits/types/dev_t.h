#ifndef __PURE_TYPE_DEV_T
#define __PURE_TYPE_DEV_T
typedef unsigned long dev_t;
#endif
