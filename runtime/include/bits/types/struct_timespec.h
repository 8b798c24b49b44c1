#ifndef __PURE_TYPE_STRUCT_TIMESPEC
#define __PURE_TYPE_STRUCT_TIMESPEC
struct timespec { long tv_sec; long tv_nsec; };
#endif
