#ifndef __PURE_TYPE_PTHREAD_ONCE_T
#define __PURE_TYPE_PTHREAD_ONCE_T
typedef int pthread_once_t;
#endif
