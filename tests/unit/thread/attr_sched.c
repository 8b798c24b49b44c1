/* Scheduling attributes with PTHREAD_EXPLICIT_SCHED (the new thread starts with the
   attribute's policy and priority, or pthread_create fails and the start function never
   runs) and the process-wide default attributes (pthread_setattr_default_np). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#include "../check.h"

static volatile int ran;
static void *report_policy(void *arg) {
  ran = 1;
  return (void *)(long)sched_getscheduler(0);
}

static void *count_run(void *arg) {
  __atomic_fetch_add((volatile int *)arg, 1, __ATOMIC_SEQ_CST);
  return NULL;
}

static void *report_stack(void *arg) {
  pthread_attr_t a;
  void *addr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &a) || pthread_attr_getstack(&a, &addr, &size)) return NULL;
  return (void *)size;
}

int main(void) {
  pthread_attr_t attr;
  pthread_t t;
  void *res = NULL;
  struct sched_param p = {0};
  int v = -1;

  CHECK_INT(pthread_attr_init(&attr), 0);
  CHECK_INT(pthread_attr_getinheritsched(&attr, &v), 0);
  CHECK_INT(v, PTHREAD_INHERIT_SCHED);
  CHECK_INT(pthread_attr_setinheritsched(&attr, 7), EINVAL);
  CHECK_INT(pthread_attr_setinheritsched(&attr, PTHREAD_EXPLICIT_SCHED), 0);
  CHECK_INT(pthread_attr_setschedpolicy(&attr, 1234), EINVAL);

  /* SCHED_BATCH needs no privilege. */
  CHECK_INT(pthread_attr_setschedpolicy(&attr, SCHED_BATCH), 0);
  CHECK_INT(pthread_attr_setschedparam(&attr, &p), 0);
  CHECK_INT(pthread_create(&t, &attr, report_policy, NULL), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT((long)res, SCHED_BATCH);
  /* Detached: the thread may be gone before pthread_create returns. */
  static volatile int detached_ran;
  CHECK_INT(pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED), 0);
  int created = 0;
  for (int i = 0; i < 50; i++) created += pthread_create(&t, &attr, count_run, (void *)&detached_ran) == 0;
  CHECK_INT(created, 50);
  for (int i = 0; i < 5000 && __atomic_load_n(&detached_ran, __ATOMIC_SEQ_CST) < 50; i++) usleep(1000);
  CHECK_INT(detached_ran, 50);
  CHECK_INT(pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_JOINABLE), 0);
  /* Inherited again: the creator's policy. */
  CHECK_INT(pthread_attr_setinheritsched(&attr, PTHREAD_INHERIT_SCHED), 0);
  CHECK_INT(pthread_create(&t, &attr, report_policy, NULL), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT((long)res, sched_getscheduler(0));

  /* A priority the policy does not allow: refused, and the thread never ran. */
  CHECK_INT(pthread_attr_setinheritsched(&attr, PTHREAD_EXPLICIT_SCHED), 0);
  CHECK_INT(pthread_attr_setschedpolicy(&attr, SCHED_OTHER), 0);
  p.sched_priority = 5;
  CHECK_INT(pthread_attr_setschedparam(&attr, &p), 0);
  ran = 0;
  CHECK_INT(pthread_create(&t, &attr, report_policy, NULL), EINVAL);
  CHECK_INT(ran, 0);

  /* A real-time policy: allowed with privilege (the thread then runs under it), EPERM
     without. */
  CHECK_INT(pthread_attr_setschedpolicy(&attr, SCHED_FIFO), 0);
  p.sched_priority = sched_get_priority_min(SCHED_FIFO);
  CHECK_INT(pthread_attr_setschedparam(&attr, &p), 0);
  ran = 0;
  int r = pthread_create(&t, &attr, report_policy, NULL);
  CHECK(r == 0 || r == EPERM);
  if (r == 0) {
    CHECK_INT(pthread_join(t, &res), 0);
    CHECK_INT((long)res, SCHED_FIFO);
  } else {
    CHECK_INT(ran, 0);
  }
  pthread_attr_destroy(&attr);

  /* Default attributes. */
  pthread_attr_t def;
  size_t size = 0;
  CHECK_INT(pthread_getattr_default_np(&def), 0);
  CHECK_INT(pthread_attr_getstacksize(&def, &size), 0);
  size_t builtin = size;
  CHECK(builtin >= PTHREAD_STACK_MIN);
  CHECK_INT(pthread_attr_setstacksize(&def, 256 * 1024), 0);
  CHECK_INT(pthread_setattr_default_np(&def), 0);
  CHECK_INT(pthread_create(&t, NULL, report_stack, NULL), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT((long)res, 256 * 1024);
  CHECK_INT(pthread_attr_init(&attr), 0);
  CHECK_INT(pthread_attr_getstacksize(&attr, &size), 0);
  CHECK_INT(size, 256 * 1024);
  static char stack[65536];
  CHECK_INT(pthread_attr_setstack(&attr, stack, sizeof stack), 0);
  CHECK_INT(pthread_setattr_default_np(&attr), EINVAL); /* one stack for every thread */
  CHECK_INT(pthread_attr_setstacksize(&def, builtin), 0);
  CHECK_INT(pthread_setattr_default_np(&def), 0);
  CHECK_INT(pthread_getattr_default_np(&attr), 0);
  CHECK_INT(pthread_attr_getstacksize(&attr, &size), 0);
  CHECK_INT(size, builtin);
  return check_done();
}
