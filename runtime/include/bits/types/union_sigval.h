#ifndef __PURE_TYPE_UNION_SIGVAL
#define __PURE_TYPE_UNION_SIGVAL
union sigval { int sival_int; void *sival_ptr; };
#endif
