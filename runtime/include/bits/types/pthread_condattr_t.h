#ifndef __PURE_TYPE_PTHREAD_CONDATTR_T
#define __PURE_TYPE_PTHREAD_CONDATTR_T
typedef struct { unsigned int __attr; } pthread_condattr_t;
#endif
