/* Threads: create+join, mutex lock+unlock without and with contention, and a condition
 * variable ping-pong between two threads. */
#include <pthread.h>

#include "bench.h"

static void *nothing(void *p) { return p; }

static void create_join(void *ctx, long n) {
  (void)ctx;
  for (long i = 0; i < n; i++) {
    pthread_t t;
    if (pthread_create(&t, 0, nothing, 0)) bench_fail("pthread_create");
    if (pthread_join(t, 0)) bench_fail("pthread_join");
  }
}

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void lock_unlock(void *ctx, long n) {
  (void)ctx;
  for (long i = 0; i < n; i++) {
    pthread_mutex_lock(&lock);
    counter++;
    pthread_mutex_unlock(&lock);
  }
}

static void *lock_unlock_thread(void *p) {
  lock_unlock(0, *(long *)p);
  return 0;
}

/* Both threads do n lock+unlock pairs on the same mutex: time per pair of one thread. */
static void contended(void *ctx, long n) {
  (void)ctx;
  counter = 0;
  pthread_t t;
  if (pthread_create(&t, 0, lock_unlock_thread, &n)) bench_fail("pthread_create");
  lock_unlock(0, n);
  pthread_join(t, 0);
  if (counter != 2 * n) bench_fail("mutex lost an increment");
}

/* The ball goes back and forth: turn is 0 when the main thread may play, 1 for the
 * other. One operation is one round trip. */
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static int turn;
static long rounds;

static void play(int me, long n) {
  pthread_mutex_lock(&lock);
  for (long i = 0; i < n; i++) {
    while (turn != me) pthread_cond_wait(&changed, &lock);
    turn = !me;
    rounds++;
    pthread_cond_signal(&changed);
  }
  pthread_mutex_unlock(&lock);
}

static void *partner(void *p) {
  play(1, *(long *)p);
  return 0;
}

static void ping_pong(void *ctx, long n) {
  (void)ctx;
  turn = 0;
  rounds = 0;
  pthread_t t;
  if (pthread_create(&t, 0, partner, &n)) bench_fail("pthread_create");
  play(0, n);
  pthread_join(t, 0);
  if (rounds != 2 * n) bench_fail("ping-pong lost a turn");
}

int main(void) {
  bench_run("pthread_create + join", create_join, 0);
  bench_run("mutex lock+unlock, uncontended", lock_unlock, 0);
  bench_run("mutex lock+unlock, 2 threads contending", contended, 0);
  bench_run("condvar ping-pong round trip", ping_pong, 0);
  return 0;
}
