#ifndef __PURE_TYPE_PTHREAD_T
#define __PURE_TYPE_PTHREAD_T
/* A thread is named by the address of its descriptor. */
typedef unsigned long pthread_t;
#endif
