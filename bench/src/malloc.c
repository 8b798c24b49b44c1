/* malloc/free: churn on one thread, the same churn on two threads at once, and blocks
 * allocated on one thread and freed on another. */
#include <pthread.h>
#include <sched.h>

#include "bench.h"

enum { SLOTS = 1024, RING = 256 };

/* One operation: a random slot is freed if full, else filled with a block of a random
 * size in 16..1024 bytes (touched, as a program would). About half allocations. */
static void churn(long n, uint64_t seed) {
  void *slot[SLOTS] = {0};
  uint64_t s = seed;
  for (long i = 0; i < n; i++) {
    uint64_t r = bench_rand(&s);
    void **p = &slot[r % SLOTS];
    if (*p) {
      free(*p);
      *p = 0;
    } else {
      size_t size = 16 + (r >> 32) % 1009;
      *p = malloc(size);
      if (!*p) bench_fail("malloc returned NULL");
      *(volatile char *)*p = 1;
    }
  }
  for (int i = 0; i < SLOTS; i++) free(slot[i]);
}

static void churn_1(void *ctx, long n) {
  (void)ctx;
  churn(n, 88172645463325252u);
}

struct churn_arg {
  long n;
  uint64_t seed;
};

static void *churn_thread(void *p) {
  struct churn_arg *a = p;
  churn(a->n, a->seed);
  return 0;
}

/* Both threads do n operations: the time per operation of each thread. */
static void churn_2(void *ctx, long n) {
  (void)ctx;
  struct churn_arg a = {n, 88172645463325252u}, b = {n, 1181783497276652981u};
  pthread_t t;
  if (pthread_create(&t, 0, churn_thread, &a)) bench_fail("pthread_create");
  churn_thread(&b);
  pthread_join(t, 0);
}

/* A single-producer single-consumer ring of pointers; the indices only grow. A side
 * that waits yields: the machine may have fewer free cores than threads. */
struct ring {
  void *slot[RING];
  long head; /* written by the producer */
  long tail; /* written by the consumer */
  long n;
};

static void *consumer(void *p) {
  struct ring *q = p;
  for (long i = 0; i < q->n; i++) {
    while (__atomic_load_n(&q->head, __ATOMIC_ACQUIRE) == i) sched_yield();
    free(q->slot[i % RING]);
    __atomic_store_n(&q->tail, i + 1, __ATOMIC_RELEASE);
  }
  return 0;
}

/* One operation: a block allocated here, freed by the consumer thread. */
static void cross_free(void *ctx, long n) {
  (void)ctx;
  static struct ring q;
  q.head = q.tail = 0;
  q.n = n;
  pthread_t t;
  if (pthread_create(&t, 0, consumer, &q)) bench_fail("pthread_create");
  uint64_t s = 2463534242u;
  for (long i = 0; i < n; i++) {
    while (i - __atomic_load_n(&q.tail, __ATOMIC_ACQUIRE) >= RING) sched_yield();
    void *b = malloc(16 + bench_rand(&s) % 1009);
    if (!b) bench_fail("malloc returned NULL");
    *(volatile char *)b = 1;
    q.slot[i % RING] = b;
    __atomic_store_n(&q.head, i + 1, __ATOMIC_RELEASE);
  }
  pthread_join(t, 0);
}

int main(void) {
  bench_run("malloc churn, 1 thread", churn_1, 0);
  bench_run("malloc churn, 2 threads", churn_2, 0);
  bench_run("malloc cross-thread free", cross_free, 0);
  return 0;
}
