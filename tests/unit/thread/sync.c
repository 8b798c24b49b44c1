/* Mutex kinds, condition variables, rwlocks, spin locks, barriers, once. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include "../check.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int turn; /* ping-pong: 0 = main's move, 1 = the other thread's */
static int rounds_done;

static void *pong(void *arg) {
  for (int i = 0; i < 1000; i++) {
    pthread_mutex_lock(&m);
    while (turn != 1) pthread_cond_wait(&cv, &m);
    turn = 0;
    rounds_done++;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}

static pthread_mutex_t held = PTHREAD_MUTEX_INITIALIZER;
static void *try_held(void *arg) {
  int *out = arg;
  out[0] = pthread_mutex_trylock(&held);
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  ts.tv_nsec += 20 * 1000 * 1000;
  if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
  out[1] = pthread_mutex_timedlock(&held, &ts);
  return NULL;
}

static int gate;
static pthread_cond_t gate_cv = PTHREAD_COND_INITIALIZER;
static int woken;
static void *wait_gate(void *arg) {
  pthread_mutex_lock(&m);
  while (!gate) pthread_cond_wait(&gate_cv, &m);
  woken++;
  pthread_mutex_unlock(&m);
  return NULL;
}

static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static long shared_value;
static void *rw_writer(void *arg) {
  for (int i = 0; i < 2000; i++) {
    pthread_rwlock_wrlock(&rw);
    shared_value++;
    pthread_rwlock_unlock(&rw);
  }
  return NULL;
}

static pthread_spinlock_t spin;
static long spin_count;
static void *spinner(void *arg) {
  for (int i = 0; i < 5000; i++) {
    pthread_spin_lock(&spin);
    spin_count++;
    pthread_spin_unlock(&spin);
  }
  return NULL;
}

static pthread_barrier_t barrier;
static int serial_count;
static int phase_counts[3];
static void *barrier_user(void *arg) {
  for (int p = 0; p < 3; p++) {
    __atomic_fetch_add(&phase_counts[p], 1, __ATOMIC_SEQ_CST);
    int r = pthread_barrier_wait(&barrier);
    /* Nobody passes phase p before all four arrived. */
    if (__atomic_load_n(&phase_counts[p], __ATOMIC_SEQ_CST) != 4) __atomic_fetch_add(&serial_count, 100, __ATOMIC_SEQ_CST);
    if (r == PTHREAD_BARRIER_SERIAL_THREAD) __atomic_fetch_add(&serial_count, 1, __ATOMIC_SEQ_CST);
    else if (r != 0) __atomic_fetch_add(&serial_count, 1000, __ATOMIC_SEQ_CST);
  }
  return NULL;
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_calls;
static void once_init(void) { once_calls++; }
static void *call_once(void *arg) {
  pthread_once(&once, once_init);
  return NULL;
}

int main(void) {
  pthread_t t, ts[4];

  /* Condition variable ping-pong. */
  CHECK_INT(pthread_create(&t, NULL, pong, NULL), 0);
  for (int i = 0; i < 1000; i++) {
    pthread_mutex_lock(&m);
    turn = 1;
    pthread_cond_signal(&cv);
    while (turn != 0) pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
  }
  CHECK_INT(pthread_join(t, NULL), 0);
  CHECK_INT(rounds_done, 1000);

  /* Broadcast wakes every waiter. */
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_create(&ts[i], NULL, wait_gate, NULL), 0);
  pthread_mutex_lock(&m);
  gate = 1;
  pthread_cond_broadcast(&gate_cv);
  pthread_mutex_unlock(&m);
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_join(ts[i], NULL), 0);
  CHECK_INT(woken, 4);

  /* Timed waits time out, on both clocks. */
  struct timespec deadline;
  pthread_mutex_lock(&m);
  clock_gettime(CLOCK_REALTIME, &deadline);
  deadline.tv_nsec += 10 * 1000 * 1000;
  if (deadline.tv_nsec >= 1000000000) { deadline.tv_sec++; deadline.tv_nsec -= 1000000000; }
  CHECK_INT(pthread_cond_timedwait(&cv, &m, &deadline), ETIMEDOUT);
  pthread_condattr_t ca;
  pthread_cond_t mono;
  clockid_t clk;
  CHECK_INT(pthread_condattr_init(&ca), 0);
  CHECK_INT(pthread_condattr_getclock(&ca, &clk), 0);
  CHECK_INT(clk, CLOCK_REALTIME);
  CHECK_INT(pthread_condattr_setclock(&ca, CLOCK_MONOTONIC), 0);
  CHECK_INT(pthread_condattr_getclock(&ca, &clk), 0);
  CHECK_INT(clk, CLOCK_MONOTONIC);
  CHECK_INT(pthread_condattr_setclock(&ca, CLOCK_PROCESS_CPUTIME_ID), EINVAL);
  CHECK_INT(pthread_cond_init(&mono, &ca), 0);
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  deadline.tv_nsec += 10 * 1000 * 1000;
  if (deadline.tv_nsec >= 1000000000) { deadline.tv_sec++; deadline.tv_nsec -= 1000000000; }
  CHECK_INT(pthread_cond_timedwait(&mono, &m, &deadline), ETIMEDOUT);
  deadline.tv_nsec = 1000000000;
  CHECK_INT(pthread_cond_timedwait(&mono, &m, &deadline), EINVAL);
  /* The mutex is held again after a timed-out wait. */
  CHECK_INT(pthread_mutex_trylock(&m), EBUSY);
  pthread_mutex_unlock(&m);
  CHECK_INT(pthread_cond_destroy(&mono), 0);

  /* trylock and timedlock against a mutex held by another thread. */
  int results[2] = {-1, -1};
  pthread_mutex_lock(&held);
  CHECK_INT(pthread_create(&t, NULL, try_held, results), 0);
  CHECK_INT(pthread_join(t, NULL), 0);
  pthread_mutex_unlock(&held);
  CHECK_INT(results[0], EBUSY);
  CHECK_INT(results[1], ETIMEDOUT);

  /* Recursive and error-checking mutexes. */
  pthread_mutexattr_t ma;
  pthread_mutex_t rec, chk;
  int type;
  CHECK_INT(pthread_mutexattr_init(&ma), 0);
  CHECK_INT(pthread_mutexattr_gettype(&ma, &type), 0);
  CHECK_INT(type, PTHREAD_MUTEX_DEFAULT);
  CHECK_INT(pthread_mutexattr_settype(&ma, 99), EINVAL);
  CHECK_INT(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_RECURSIVE), 0);
  CHECK_INT(pthread_mutex_init(&rec, &ma), 0);
  CHECK_INT(pthread_mutex_lock(&rec), 0);
  CHECK_INT(pthread_mutex_lock(&rec), 0);
  CHECK_INT(pthread_mutex_trylock(&rec), 0);
  CHECK_INT(pthread_mutex_unlock(&rec), 0);
  CHECK_INT(pthread_mutex_unlock(&rec), 0);
  CHECK_INT(pthread_mutex_unlock(&rec), 0);
  CHECK_INT(pthread_mutex_unlock(&rec), EPERM);
  CHECK_INT(pthread_mutex_destroy(&rec), 0);
  CHECK_INT(pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK), 0);
  CHECK_INT(pthread_mutex_init(&chk, &ma), 0);
  CHECK_INT(pthread_mutex_unlock(&chk), EPERM);
  CHECK_INT(pthread_mutex_lock(&chk), 0);
  CHECK_INT(pthread_mutex_lock(&chk), EDEADLK);
  CHECK_INT(pthread_mutex_unlock(&chk), 0);
  pthread_mutex_t rec_static = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
  CHECK_INT(pthread_mutex_lock(&rec_static), 0);
  CHECK_INT(pthread_mutex_lock(&rec_static), 0);
  CHECK_INT(pthread_mutex_unlock(&rec_static), 0);
  CHECK_INT(pthread_mutex_unlock(&rec_static), 0);

  /* rwlock: readers share, a writer excludes. */
  CHECK_INT(pthread_rwlock_rdlock(&rw), 0);
  CHECK_INT(pthread_rwlock_tryrdlock(&rw), 0);
  CHECK_INT(pthread_rwlock_trywrlock(&rw), EBUSY);
  CHECK_INT(pthread_rwlock_unlock(&rw), 0);
  CHECK_INT(pthread_rwlock_unlock(&rw), 0);
  CHECK_INT(pthread_rwlock_wrlock(&rw), 0);
  CHECK_INT(pthread_rwlock_tryrdlock(&rw), EBUSY);
  CHECK_INT(pthread_rwlock_wrlock(&rw), EDEADLK);
  CHECK_INT(pthread_rwlock_unlock(&rw), 0);
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_create(&ts[i], NULL, rw_writer, NULL), 0);
  for (int i = 0; i < 200; i++) {
    pthread_rwlock_rdlock(&rw);
    long a = shared_value, b = shared_value;
    CHECK(a == b);
    pthread_rwlock_unlock(&rw);
  }
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_join(ts[i], NULL), 0);
  CHECK_INT(shared_value, 8000);

  /* Spin locks. */
  CHECK_INT(pthread_spin_init(&spin, PTHREAD_PROCESS_PRIVATE), 0);
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_create(&ts[i], NULL, spinner, NULL), 0);
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_join(ts[i], NULL), 0);
  CHECK_INT(spin_count, 20000);
  CHECK_INT(pthread_spin_trylock(&spin), 0);
  CHECK_INT(pthread_spin_trylock(&spin), EBUSY);
  CHECK_INT(pthread_spin_unlock(&spin), 0);

  /* Barriers: one serial thread per phase, nobody passes early. */
  CHECK_INT(pthread_barrier_init(&barrier, NULL, 0), EINVAL);
  CHECK_INT(pthread_barrier_init(&barrier, NULL, 4), 0);
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_create(&ts[i], NULL, barrier_user, NULL), 0);
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_join(ts[i], NULL), 0);
  CHECK_INT(serial_count, 3);
  CHECK_INT(pthread_barrier_destroy(&barrier), 0);

  /* pthread_once runs its routine exactly once. */
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_create(&ts[i], NULL, call_once, NULL), 0);
  for (int i = 0; i < 4; i++) CHECK_INT(pthread_join(ts[i], NULL), 0);
  pthread_once(&once, once_init);
  CHECK_INT(once_calls, 1);
  return check_done();
}
