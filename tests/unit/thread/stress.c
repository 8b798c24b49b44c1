/* Many threads on one mutex, one condition variable, one rwlock and one semaphore, each with
   an invariant checked at the end (or all along), and 1000 create/join cycles. Sized to
   take a few seconds under emulation. */
#include <pthread.h>
#include <semaphore.h>
#include <stdint.h>
#include "../check.h"

enum { kThreads = 8, kRounds = 3000 };

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *hammer_mutex(void *arg) {
  for (int i = 0; i < kRounds; i++) {
    pthread_mutex_lock(&m);
    long v = counter;
    counter = v + 1; /* a lost update would show in the total */
    pthread_mutex_unlock(&m);
  }
  return NULL;
}

/* A bounded queue: producers and consumers on two condition variables. */
enum { kCap = 4 };
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static long queue[kCap];
static int q_head, q_len;
static long consumed_sum, consumed_count;
static int bad_queue;

static void *produce(void *arg) {
  long base = (long)(intptr_t)arg * kRounds;
  for (long i = 1; i <= kRounds; i++) {
    pthread_mutex_lock(&m);
    while (q_len == kCap) pthread_cond_wait(&not_full, &m);
    queue[(q_head + q_len++) % kCap] = base + i;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}

static void *consume(void *arg) {
  for (long i = 0; i < kRounds; i++) {
    pthread_mutex_lock(&m);
    while (q_len == 0) pthread_cond_wait(&not_empty, &m);
    if (q_len < 0 || q_len > kCap) bad_queue = 1;
    consumed_sum += queue[q_head];
    consumed_count++;
    q_head = (q_head + 1) % kCap;
    q_len--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}

/* Writers keep a == b; readers must never see them differ. */
static pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
static volatile long a, b;
static int torn;

static void *rw_worker(void *arg) {
  int writer = (int)(intptr_t)arg & 1;
  for (int i = 0; i < kRounds; i++) {
    if (writer && i % 4 == 0) {
      pthread_rwlock_wrlock(&rw);
      a++;
      b++;
      pthread_rwlock_unlock(&rw);
    } else {
      pthread_rwlock_rdlock(&rw);
      if (a != b) __atomic_store_n(&torn, 1, __ATOMIC_RELAXED);
      pthread_rwlock_unlock(&rw);
    }
  }
  return NULL;
}

/* A semaphore of 2 as a gate: never more than 2 threads inside. */
static sem_t gate;
static int inside, max_inside;
static void *through_gate(void *arg) {
  for (int i = 0; i < kRounds / 5; i++) {
    sem_wait(&gate);
    int now = __atomic_add_fetch(&inside, 1, __ATOMIC_SEQ_CST);
    int seen = __atomic_load_n(&max_inside, __ATOMIC_RELAXED);
    while (now > seen && !__atomic_compare_exchange_n(&max_inside, &seen, now, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) {
    }
    __atomic_sub_fetch(&inside, 1, __ATOMIC_SEQ_CST);
    sem_post(&gate);
  }
  return NULL;
}

static void *identity(void *arg) { return arg; }

int main(void) {
  pthread_t t[kThreads];

  for (int i = 0; i < kThreads; i++) CHECK_INT(pthread_create(&t[i], NULL, hammer_mutex, NULL), 0);
  for (int i = 0; i < kThreads; i++) pthread_join(t[i], NULL);
  CHECK_INT(counter, (long)kThreads * kRounds);

  for (int i = 0; i < kThreads; i++)
    CHECK_INT(pthread_create(&t[i], NULL, i % 2 ? consume : produce, (void *)(intptr_t)(i / 2)), 0);
  for (int i = 0; i < kThreads; i++) pthread_join(t[i], NULL);
  long n = (long)kThreads / 2 * kRounds; /* items: producer p made p*kRounds + 1 .. + kRounds */
  long want = 0;
  for (long p = 0; p < kThreads / 2; p++) want += p * kRounds * kRounds + (long)kRounds * (kRounds + 1) / 2;
  CHECK_INT(consumed_count, n);
  CHECK_INT(consumed_sum, want);
  CHECK_INT(q_len, 0);
  CHECK_INT(bad_queue, 0);

  for (int i = 0; i < kThreads; i++) CHECK_INT(pthread_create(&t[i], NULL, rw_worker, (void *)(intptr_t)i), 0);
  for (int i = 0; i < kThreads; i++) pthread_join(t[i], NULL);
  CHECK_INT(torn, 0);
  CHECK_INT(a, (long)kThreads / 2 * (kRounds / 4));
  CHECK_INT(b, a);

  CHECK_INT(sem_init(&gate, 0, 2), 0);
  for (int i = 0; i < kThreads; i++) CHECK_INT(pthread_create(&t[i], NULL, through_gate, NULL), 0);
  for (int i = 0; i < kThreads; i++) pthread_join(t[i], NULL);
  CHECK(max_inside >= 1 && max_inside <= 2);
  int v = -1;
  CHECK_INT(sem_getvalue(&gate, &v), 0);
  CHECK_INT(v, 2);

  int ok = 1;
  for (int i = 0; i < 1000; i++) {
    pthread_t one;
    void *res = NULL;
    if (pthread_create(&one, NULL, identity, (void *)(intptr_t)(i + 1)) != 0 || pthread_join(one, &res) != 0 ||
        res != (void *)(intptr_t)(i + 1)) {
      ok = 0;
      break;
    }
  }
  CHECK(ok);
  return check_done();
}
