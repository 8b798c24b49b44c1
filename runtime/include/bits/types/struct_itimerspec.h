#ifndef __PURE_TYPE_STRUCT_ITIMERSPEC
#define __PURE_TYPE_STRUCT_ITIMERSPEC
#include <bits/types/struct_timespec.h>
struct itimerspec { struct timespec it_interval; struct timespec it_value; };
#endif
