#ifndef __PURE_TYPE_PTHREAD_BARRIER_T
#define __PURE_TYPE_PTHREAD_BARRIER_T
typedef struct { unsigned int __count; unsigned int __arrived; unsigned int __seq; int __shared; int __spare[4]; } pthread_barrier_t;
#endif
