#ifndef __PURE_TYPE_CLOCK_T
#define __PURE_TYPE_CLOCK_T
typedef long clock_t;
#endif
