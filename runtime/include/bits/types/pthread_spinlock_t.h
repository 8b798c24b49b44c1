#ifndef __PURE_TYPE_PTHREAD_SPINLOCK_T
#define __PURE_TYPE_PTHREAD_SPINLOCK_T
typedef volatile int pthread_spinlock_t;
#endif
