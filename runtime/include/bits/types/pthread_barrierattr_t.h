#ifndef __PURE_TYPE_PTHREAD_BARRIERATTR_T
#define __PURE_TYPE_PTHREAD_BARRIERATTR_T
typedef struct { unsigned int __attr; } pthread_barrierattr_t;
#endif
