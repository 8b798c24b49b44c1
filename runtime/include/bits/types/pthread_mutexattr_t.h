#ifndef __PURE_TYPE_PTHREAD_MUTEXATTR_T
#define __PURE_TYPE_PTHREAD_MUTEXATTR_T
typedef struct { unsigned int __attr; } pthread_mutexattr_t;
#endif
