#ifndef __PURE_TYPE_SUSECONDS_T
#define __PURE_TYPE_SUSECONDS_T
typedef long suseconds_t;
#endif
