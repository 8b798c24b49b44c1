/* pure libc: <threads.h> - C11 threads, on top of the POSIX threads. */
#ifndef _THREADS_H
#define _THREADS_H
#include <features.h>
#include <time.h>
#include <bits/types/pthread_t.h>
#include <bits/types/pthread_mutex_t.h>
#include <bits/types/pthread_cond_t.h>
#include <bits/types/pthread_key_t.h>
#include <bits/types/pthread_once_t.h>

__PURE_BEGIN_DECLS

#if !defined(__cplusplus) && (!defined(__STDC_VERSION__) || __STDC_VERSION__ < 202311L)
#define thread_local _Thread_local
#endif

typedef pthread_t thrd_t;
typedef pthread_mutex_t mtx_t;
typedef pthread_cond_t cnd_t;
typedef pthread_key_t tss_t;
typedef pthread_once_t once_flag;
typedef int (*thrd_start_t)(void *);
typedef void (*tss_dtor_t)(void *);

#define ONCE_FLAG_INIT 0
#define TSS_DTOR_ITERATIONS 4

enum { thrd_success = 0, thrd_busy = 1, thrd_error = 2, thrd_nomem = 3, thrd_timedout = 4 };
enum { mtx_plain = 0, mtx_recursive = 1, mtx_timed = 2 };

void call_once(once_flag *__flag, void (*__func)(void));

int cnd_broadcast(cnd_t *__cond);
void cnd_destroy(cnd_t *__cond);
int cnd_init(cnd_t *__cond);
int cnd_signal(cnd_t *__cond);
int cnd_timedwait(cnd_t *__PURE_RESTRICT __cond, mtx_t *__PURE_RESTRICT __mtx,
                  const struct timespec *__PURE_RESTRICT __ts);
int cnd_wait(cnd_t *__cond, mtx_t *__mtx);

void mtx_destroy(mtx_t *__mtx);
int mtx_init(mtx_t *__mtx, int __type);
int mtx_lock(mtx_t *__mtx);
int mtx_timedlock(mtx_t *__PURE_RESTRICT __mtx, const struct timespec *__PURE_RESTRICT __ts);
int mtx_trylock(mtx_t *__mtx);
int mtx_unlock(mtx_t *__mtx);

int thrd_create(thrd_t *__thr, thrd_start_t __func, void *__arg);
thrd_t thrd_current(void);
int thrd_detach(thrd_t __thr);
int thrd_equal(thrd_t __a, thrd_t __b);
__PURE_NORETURN void thrd_exit(int __res);
int thrd_join(thrd_t __thr, int *__res);
int thrd_sleep(const struct timespec *__duration, struct timespec *__remaining);
void thrd_yield(void);

int tss_create(tss_t *__key, tss_dtor_t __dtor);
void tss_delete(tss_t __key);
void *tss_get(tss_t __key);
int tss_set(tss_t __key, void *__val);

__PURE_END_DECLS
#endif
