#ifndef __PURE_TYPE_STRUCT_TIMEVAL
#define __PURE_TYPE_STRUCT_TIMEVAL
struct timeval { long tv_sec; long tv_usec; };
#endif
