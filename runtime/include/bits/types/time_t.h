#ifndef __PURE_TYPE_TIME_T
#define __PURE_TYPE_TIME_T
typedef long time_t;
#endif
