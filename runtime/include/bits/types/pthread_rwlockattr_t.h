#ifndef __PURE_TYPE_PTHREAD_RWLOCKATTR_T
#define __PURE_TYPE_PTHREAD_RWLOCKATTR_T
typedef struct { unsigned int __attr[2]; } pthread_rwlockattr_t;
#endif
