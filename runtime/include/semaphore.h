/* pure libc: <semaphore.h> - POSIX semaphores, unnamed (sem_init) and named (sem_open,
   kept in /dev/shm). */
#ifndef _SEMAPHORE_H
#define _SEMAPHORE_H
#include <features.h>
#include <bits/types/clockid_t.h>
#include <bits/types/struct_timespec.h>

__PURE_BEGIN_DECLS

typedef struct { int __value; int __waiters; int __shared; int __spare[5]; } sem_t;

#define SEM_FAILED ((sem_t *)0)

int sem_init(sem_t *__sem, int __pshared, unsigned __value);
int sem_destroy(sem_t *__sem);
sem_t *sem_open(const char *__name, int __oflag, ...);
int sem_close(sem_t *__sem);
int sem_unlink(const char *__name);
int sem_wait(sem_t *__sem);
int sem_trywait(sem_t *__sem);
int sem_timedwait(sem_t *__PURE_RESTRICT __sem, const struct timespec *__PURE_RESTRICT __abstime);
int sem_clockwait(sem_t *__PURE_RESTRICT __sem, clockid_t __clock, const struct timespec *__PURE_RESTRICT __abstime);
int sem_post(sem_t *__sem);
int sem_getvalue(sem_t *__PURE_RESTRICT __sem, int *__PURE_RESTRICT __value);

__PURE_END_DECLS
#endif
