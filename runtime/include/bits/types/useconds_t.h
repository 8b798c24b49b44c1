#ifndef __PURE_TYPE_USECONDS_T
#define __PURE_TYPE_USECONDS_T
typedef unsigned int useconds_t;
#endif
