#ifndef __PURE_TYPE_PTHREAD_COND_T
#define __PURE_TYPE_PTHREAD_COND_T
/* All-zero is a condition variable on CLOCK_REALTIME. */
typedef struct { unsigned int __seq; unsigned int __waiters; int __clock; int __spare[9]; } pthread_cond_t;
#endif
