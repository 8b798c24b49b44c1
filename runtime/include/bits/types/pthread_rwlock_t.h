#ifndef __PURE_TYPE_PTHREAD_RWLOCK_T
#define __PURE_TYPE_PTHREAD_RWLOCK_T
/* All-zero is an unlocked rwlock. */
typedef struct { int __state; unsigned int __readers_seq; unsigned int __writers_seq; int __waiting; int __owner; int __flags; int __spare[8]; } pthread_rwlock_t;
#endif
