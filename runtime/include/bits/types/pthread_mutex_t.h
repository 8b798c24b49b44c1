#ifndef __PURE_TYPE_PTHREAD_MUTEX_T
#define __PURE_TYPE_PTHREAD_MUTEX_T
/* All-zero is a default (normal) mutex, so PTHREAD_MUTEX_INITIALIZER is {0}. */
typedef struct { int __lock; int __kind; int __owner; int __count; int __spare[6]; } pthread_mutex_t;
#endif
