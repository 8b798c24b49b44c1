/* pure libc: <pthread.h> - POSIX threads. */
#ifndef _PTHREAD_H
#define _PTHREAD_H
#include <features.h>
#include <sched.h>
#include <time.h>
#include <bits/types/clockid_t.h>
#include <bits/types/size_t.h>
#include <bits/types/struct_timespec.h>
#include <bits/types/pthread_t.h>
#include <bits/types/pthread_attr_t.h>
#include <bits/types/pthread_mutex_t.h>
#include <bits/types/pthread_mutexattr_t.h>
#include <bits/types/pthread_cond_t.h>
#include <bits/types/pthread_condattr_t.h>
#include <bits/types/pthread_rwlock_t.h>
#include <bits/types/pthread_rwlockattr_t.h>
#include <bits/types/pthread_spinlock_t.h>
#include <bits/types/pthread_barrier_t.h>
#include <bits/types/pthread_barrierattr_t.h>
#include <bits/types/pthread_key_t.h>
#include <bits/types/pthread_once_t.h>

__PURE_BEGIN_DECLS

#define PTHREAD_CREATE_JOINABLE 0
#define PTHREAD_CREATE_DETACHED 1

#define PTHREAD_MUTEX_NORMAL 0
#define PTHREAD_MUTEX_RECURSIVE 1
#define PTHREAD_MUTEX_ERRORCHECK 2
#define PTHREAD_MUTEX_DEFAULT PTHREAD_MUTEX_NORMAL
#define PTHREAD_MUTEX_STALLED 0
#define PTHREAD_MUTEX_ROBUST 1
#define PTHREAD_PRIO_NONE 0
#define PTHREAD_PRIO_INHERIT 1
#define PTHREAD_PRIO_PROTECT 2
#define PTHREAD_PROCESS_PRIVATE 0
#define PTHREAD_PROCESS_SHARED 1
#define PTHREAD_SCOPE_SYSTEM 0
#define PTHREAD_SCOPE_PROCESS 1
#define PTHREAD_INHERIT_SCHED 0
#define PTHREAD_EXPLICIT_SCHED 1
#define PTHREAD_CANCEL_ENABLE 0
#define PTHREAD_CANCEL_DISABLE 1
#define PTHREAD_CANCEL_DEFERRED 0
#define PTHREAD_CANCEL_ASYNCHRONOUS 1
#define PTHREAD_CANCELED ((void *)-1)
#define PTHREAD_BARRIER_SERIAL_THREAD (-1)
#define PTHREAD_ONCE_INIT 0

#define PTHREAD_MUTEX_INITIALIZER { 0, 0, 0, 0, { 0, 0, 0, 0, 0, 0 } }
#define PTHREAD_COND_INITIALIZER { 0, 0, 0, { 0, 0, 0, 0, 0, 0, 0, 0, 0 } }
#define PTHREAD_RWLOCK_INITIALIZER { 0, 0, 0, 0, 0, 0, { 0, 0, 0, 0, 0, 0, 0, 0 } }
#if __PURE_GNU
#define PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP { 0, PTHREAD_MUTEX_RECURSIVE, 0, 0, { 0, 0, 0, 0, 0, 0 } }
#define PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP { 0, PTHREAD_MUTEX_ERRORCHECK, 0, 0, { 0, 0, 0, 0, 0, 0 } }
#endif

/* Threads */
int pthread_create(pthread_t *__PURE_RESTRICT __th, const pthread_attr_t *__PURE_RESTRICT __attr,
                   void *(*__start)(void *), void *__PURE_RESTRICT __arg);
int pthread_join(pthread_t __th, void **__result);
int pthread_detach(pthread_t __th);
__PURE_NORETURN void pthread_exit(void *__result);
pthread_t pthread_self(void);
int pthread_equal(pthread_t __a, pthread_t __b);
int pthread_atfork(void (*__prepare)(void), void (*__parent)(void), void (*__child)(void));
int pthread_getconcurrency(void);
int pthread_setconcurrency(int __level);
int pthread_getcpuclockid(pthread_t __th, clockid_t *__clock);
int pthread_getschedparam(pthread_t __th, int *__PURE_RESTRICT __policy,
                          struct sched_param *__PURE_RESTRICT __param);
int pthread_setschedparam(pthread_t __th, int __policy, const struct sched_param *__param);
int pthread_setschedprio(pthread_t __th, int __prio);

/* Cancellation */
int pthread_cancel(pthread_t __th);
int pthread_setcancelstate(int __state, int *__oldstate);
int pthread_setcanceltype(int __type, int *__oldtype);
void pthread_testcancel(void);

/* Cleanup handlers: a push and its pop share a block, so they must pair lexically. */
struct __pthread_cleanup {
  void (*__routine)(void *);
  void *__arg;
  struct __pthread_cleanup *__next;
};
void __pthread_cleanup_push(struct __pthread_cleanup *__c, void (*__routine)(void *), void *__arg);
void __pthread_cleanup_pop(struct __pthread_cleanup *__c, int __execute);
#define pthread_cleanup_push(routine, arg)  \
  do {                                      \
    struct __pthread_cleanup __pure_cleanup; \
    __pthread_cleanup_push(&__pure_cleanup, (routine), (arg));
#define pthread_cleanup_pop(execute)              \
    __pthread_cleanup_pop(&__pure_cleanup, (execute)); \
  } while (0)

/* Attributes */
int pthread_attr_init(pthread_attr_t *__attr);
int pthread_attr_destroy(pthread_attr_t *__attr);
int pthread_attr_getdetachstate(const pthread_attr_t *__attr, int *__state);
int pthread_attr_setdetachstate(pthread_attr_t *__attr, int __state);
int pthread_attr_getguardsize(const pthread_attr_t *__PURE_RESTRICT __attr, size_t *__PURE_RESTRICT __size);
int pthread_attr_setguardsize(pthread_attr_t *__attr, size_t __size);
int pthread_attr_getinheritsched(const pthread_attr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __inherit);
int pthread_attr_setinheritsched(pthread_attr_t *__attr, int __inherit);
int pthread_attr_getschedparam(const pthread_attr_t *__PURE_RESTRICT __attr,
                               struct sched_param *__PURE_RESTRICT __param);
int pthread_attr_setschedparam(pthread_attr_t *__PURE_RESTRICT __attr,
                               const struct sched_param *__PURE_RESTRICT __param);
int pthread_attr_getschedpolicy(const pthread_attr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __policy);
int pthread_attr_setschedpolicy(pthread_attr_t *__attr, int __policy);
int pthread_attr_getscope(const pthread_attr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __scope);
int pthread_attr_setscope(pthread_attr_t *__attr, int __scope);
int pthread_attr_getstack(const pthread_attr_t *__PURE_RESTRICT __attr, void **__PURE_RESTRICT __addr,
                          size_t *__PURE_RESTRICT __size);
int pthread_attr_setstack(pthread_attr_t *__attr, void *__addr, size_t __size);
int pthread_attr_getstacksize(const pthread_attr_t *__PURE_RESTRICT __attr, size_t *__PURE_RESTRICT __size);
int pthread_attr_setstacksize(pthread_attr_t *__attr, size_t __size);

/* Mutexes */
int pthread_mutex_init(pthread_mutex_t *__PURE_RESTRICT __mutex, const pthread_mutexattr_t *__PURE_RESTRICT __attr);
int pthread_mutex_destroy(pthread_mutex_t *__mutex);
int pthread_mutex_lock(pthread_mutex_t *__mutex);
int pthread_mutex_trylock(pthread_mutex_t *__mutex);
int pthread_mutex_unlock(pthread_mutex_t *__mutex);
int pthread_mutex_timedlock(pthread_mutex_t *__PURE_RESTRICT __mutex,
                            const struct timespec *__PURE_RESTRICT __abstime);
int pthread_mutex_clocklock(pthread_mutex_t *__PURE_RESTRICT __mutex, clockid_t __clock,
                            const struct timespec *__PURE_RESTRICT __abstime);
int pthread_mutex_consistent(pthread_mutex_t *__mutex);
int pthread_mutex_getprioceiling(const pthread_mutex_t *__PURE_RESTRICT __mutex, int *__PURE_RESTRICT __ceiling);
int pthread_mutex_setprioceiling(pthread_mutex_t *__PURE_RESTRICT __mutex, int __ceiling,
                                 int *__PURE_RESTRICT __old);
int pthread_mutexattr_init(pthread_mutexattr_t *__attr);
int pthread_mutexattr_destroy(pthread_mutexattr_t *__attr);
int pthread_mutexattr_gettype(const pthread_mutexattr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __type);
int pthread_mutexattr_settype(pthread_mutexattr_t *__attr, int __type);
int pthread_mutexattr_getpshared(const pthread_mutexattr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __pshared);
int pthread_mutexattr_setpshared(pthread_mutexattr_t *__attr, int __pshared);
int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __protocol);
int pthread_mutexattr_setprotocol(pthread_mutexattr_t *__attr, int __protocol);
int pthread_mutexattr_getprioceiling(const pthread_mutexattr_t *__PURE_RESTRICT __attr,
                                     int *__PURE_RESTRICT __ceiling);
int pthread_mutexattr_setprioceiling(pthread_mutexattr_t *__attr, int __ceiling);
int pthread_mutexattr_getrobust(const pthread_mutexattr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __robust);
int pthread_mutexattr_setrobust(pthread_mutexattr_t *__attr, int __robust);

/* Condition variables */
int pthread_cond_init(pthread_cond_t *__PURE_RESTRICT __cond, const pthread_condattr_t *__PURE_RESTRICT __attr);
int pthread_cond_destroy(pthread_cond_t *__cond);
int pthread_cond_wait(pthread_cond_t *__PURE_RESTRICT __cond, pthread_mutex_t *__PURE_RESTRICT __mutex);
int pthread_cond_timedwait(pthread_cond_t *__PURE_RESTRICT __cond, pthread_mutex_t *__PURE_RESTRICT __mutex,
                           const struct timespec *__PURE_RESTRICT __abstime);
int pthread_cond_clockwait(pthread_cond_t *__PURE_RESTRICT __cond, pthread_mutex_t *__PURE_RESTRICT __mutex,
                           clockid_t __clock, const struct timespec *__PURE_RESTRICT __abstime);
int pthread_cond_signal(pthread_cond_t *__cond);
int pthread_cond_broadcast(pthread_cond_t *__cond);
int pthread_condattr_init(pthread_condattr_t *__attr);
int pthread_condattr_destroy(pthread_condattr_t *__attr);
int pthread_condattr_getclock(const pthread_condattr_t *__PURE_RESTRICT __attr, clockid_t *__PURE_RESTRICT __clock);
int pthread_condattr_setclock(pthread_condattr_t *__attr, clockid_t __clock);
int pthread_condattr_getpshared(const pthread_condattr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __pshared);
int pthread_condattr_setpshared(pthread_condattr_t *__attr, int __pshared);

/* Read-write locks */
int pthread_rwlock_init(pthread_rwlock_t *__PURE_RESTRICT __rw, const pthread_rwlockattr_t *__PURE_RESTRICT __attr);
int pthread_rwlock_destroy(pthread_rwlock_t *__rw);
int pthread_rwlock_rdlock(pthread_rwlock_t *__rw);
int pthread_rwlock_tryrdlock(pthread_rwlock_t *__rw);
int pthread_rwlock_timedrdlock(pthread_rwlock_t *__PURE_RESTRICT __rw, const struct timespec *__PURE_RESTRICT __abstime);
int pthread_rwlock_clockrdlock(pthread_rwlock_t *__PURE_RESTRICT __rw, clockid_t __clock,
                               const struct timespec *__PURE_RESTRICT __abstime);
int pthread_rwlock_wrlock(pthread_rwlock_t *__rw);
int pthread_rwlock_trywrlock(pthread_rwlock_t *__rw);
int pthread_rwlock_timedwrlock(pthread_rwlock_t *__PURE_RESTRICT __rw, const struct timespec *__PURE_RESTRICT __abstime);
int pthread_rwlock_clockwrlock(pthread_rwlock_t *__PURE_RESTRICT __rw, clockid_t __clock,
                               const struct timespec *__PURE_RESTRICT __abstime);
int pthread_rwlock_unlock(pthread_rwlock_t *__rw);
int pthread_rwlockattr_init(pthread_rwlockattr_t *__attr);
int pthread_rwlockattr_destroy(pthread_rwlockattr_t *__attr);
int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __pshared);
int pthread_rwlockattr_setpshared(pthread_rwlockattr_t *__attr, int __pshared);

/* Spin locks */
int pthread_spin_init(pthread_spinlock_t *__lock, int __pshared);
int pthread_spin_destroy(pthread_spinlock_t *__lock);
int pthread_spin_lock(pthread_spinlock_t *__lock);
int pthread_spin_trylock(pthread_spinlock_t *__lock);
int pthread_spin_unlock(pthread_spinlock_t *__lock);

/* Barriers */
int pthread_barrier_init(pthread_barrier_t *__PURE_RESTRICT __barrier,
                         const pthread_barrierattr_t *__PURE_RESTRICT __attr, unsigned __count);
int pthread_barrier_destroy(pthread_barrier_t *__barrier);
int pthread_barrier_wait(pthread_barrier_t *__barrier);
int pthread_barrierattr_init(pthread_barrierattr_t *__attr);
int pthread_barrierattr_destroy(pthread_barrierattr_t *__attr);
int pthread_barrierattr_getpshared(const pthread_barrierattr_t *__PURE_RESTRICT __attr, int *__PURE_RESTRICT __pshared);
int pthread_barrierattr_setpshared(pthread_barrierattr_t *__attr, int __pshared);

/* Once and thread-specific data */
int pthread_once(pthread_once_t *__once, void (*__init)(void));
int pthread_key_create(pthread_key_t *__key, void (*__destructor)(void *));
int pthread_key_delete(pthread_key_t __key);
void *pthread_getspecific(pthread_key_t __key);
int pthread_setspecific(pthread_key_t __key, const void *__value);

#if __PURE_GNU
int pthread_getattr_np(pthread_t __th, pthread_attr_t *__attr);
int pthread_getattr_default_np(pthread_attr_t *__attr);
int pthread_setattr_default_np(const pthread_attr_t *__attr);
int pthread_setname_np(pthread_t __th, const char *__name);
int pthread_getname_np(pthread_t __th, char *__name, size_t __size);
int pthread_tryjoin_np(pthread_t __th, void **__result);
int pthread_timedjoin_np(pthread_t __th, void **__result, const struct timespec *__abstime);
int pthread_setaffinity_np(pthread_t __th, size_t __size, const cpu_set_t *__set);
int pthread_getaffinity_np(pthread_t __th, size_t __size, cpu_set_t *__set);
int pthread_yield(void);
#endif

__PURE_END_DECLS
#endif
