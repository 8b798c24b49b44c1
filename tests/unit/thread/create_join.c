/* pthread_create/join/detach/exit, attributes, and a counter shared under a mutex. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <unistd.h>
#include "../check.h"

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long counter;

static void *add(void *arg) {
  for (int i = 0; i < 1000; i++) {
    pthread_mutex_lock(&lock);
    counter++;
    pthread_mutex_unlock(&lock);
  }
  return (void *)((intptr_t)arg * 2);
}

static void *exits_early(void *arg) {
  pthread_exit(arg);
  return NULL; /* not reached */
}

static volatile int detached_done;
static void *detached(void *arg) {
  __atomic_fetch_add(&detached_done, 1, __ATOMIC_SEQ_CST);
  return NULL;
}

static pthread_t main_thread;
static void *check_self(void *arg) {
  int *ok = arg;
  *ok = !pthread_equal(pthread_self(), main_thread) && pthread_equal(pthread_self(), pthread_self());
  return NULL;
}

static void *deep(void *arg) {
  /* Touch most of a 1 MiB stack to show the requested size is there. */
  volatile char buf[900 * 1024];
  for (size_t i = 0; i < sizeof buf; i += 4096) buf[i] = (char)i;
  return (void *)(intptr_t)buf[4096];
}

static void *own_attr(void *arg) {
  pthread_attr_t a;
  void *addr;
  size_t size;
  int local = 0;
  if (pthread_getattr_np(pthread_self(), &a) || pthread_attr_getstack(&a, &addr, &size)) return NULL;
  return (void *)(intptr_t)((char *)&local >= (char *)addr && (char *)&local < (char *)addr + size &&
                            size >= 1024 * 1024);
}

static volatile int release_flag;
static void *waits(void *arg) {
  while (!__atomic_load_n(&release_flag, __ATOMIC_ACQUIRE)) sched_yield();
  return arg;
}

int main(void) {
  main_thread = pthread_self();
  /* Many rounds of create/join; the counter is exact only if the mutex works. */
  for (int round = 0; round < 25; round++) {
    pthread_t t[8];
    for (intptr_t i = 0; i < 8; i++) CHECK_INT(pthread_create(&t[i], NULL, add, (void *)i), 0);
    for (intptr_t i = 0; i < 8; i++) {
      void *res = NULL;
      CHECK_INT(pthread_join(t[i], &res), 0);
      CHECK_INT((intptr_t)res, i * 2);
    }
  }
  CHECK_INT(counter, 25 * 8 * 1000);

  pthread_t t;
  void *res;
  CHECK_INT(pthread_create(&t, NULL, exits_early, (void *)42), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT((intptr_t)res, 42);

  int ok = 0;
  CHECK_INT(pthread_create(&t, NULL, check_self, &ok), 0);
  CHECK_INT(pthread_join(t, NULL), 0);
  CHECK(ok);
  CHECK(pthread_equal(pthread_self(), main_thread));
  CHECK_INT(pthread_join(pthread_self(), NULL), EDEADLK);

  /* Attributes. */
  pthread_attr_t attr;
  size_t size;
  int state;
  CHECK_INT(pthread_attr_init(&attr), 0);
  CHECK_INT(pthread_attr_getdetachstate(&attr, &state), 0);
  CHECK_INT(state, PTHREAD_CREATE_JOINABLE);
  CHECK_INT(pthread_attr_setdetachstate(&attr, 12345), EINVAL);
  CHECK_INT(pthread_attr_setstacksize(&attr, 1), EINVAL);
  CHECK_INT(pthread_attr_setstacksize(&attr, 1 << 20), 0);
  CHECK_INT(pthread_attr_getstacksize(&attr, &size), 0);
  CHECK_INT(size, 1 << 20);
  CHECK_INT(pthread_attr_setguardsize(&attr, 8192), 0);
  CHECK_INT(pthread_attr_getguardsize(&attr, &size), 0);
  CHECK_INT(size, 8192);
  CHECK_INT(pthread_create(&t, &attr, deep, NULL), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT((intptr_t)res, 0);

  /* Detached threads clean up after themselves. */
  CHECK_INT(pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED), 0);
  for (int i = 0; i < 20; i++) CHECK_INT(pthread_create(&t, &attr, detached, NULL), 0);
  CHECK_INT(pthread_attr_destroy(&attr), 0);
  for (int i = 0; i < 20; i++) {
    CHECK_INT(pthread_create(&t, NULL, detached, NULL), 0);
    CHECK_INT(pthread_detach(t), 0);
  }
  while (__atomic_load_n(&detached_done, __ATOMIC_SEQ_CST) < 40) sched_yield();

  /* tryjoin reports a running thread as busy. */
  CHECK_INT(pthread_create(&t, NULL, waits, (void *)7), 0);
  CHECK_INT(pthread_tryjoin_np(t, &res), EBUSY);
  __atomic_store_n(&release_flag, 1, __ATOMIC_RELEASE);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT((intptr_t)res, 7);

  /* A caller-provided stack. */
  static char stack[256 * 1024] __attribute__((aligned(16)));
  pthread_attr_init(&attr);
  CHECK_INT(pthread_attr_setstack(&attr, stack, sizeof stack), 0);
  CHECK_INT(pthread_create(&t, &attr, add, (void *)3), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT((intptr_t)res, 6);

  /* Names. */
  char name[16];
  CHECK_INT(pthread_setname_np(pthread_self(), "pure-main"), 0);
  CHECK_INT(pthread_getname_np(pthread_self(), name, sizeof name), 0);
  CHECK_STR(name, "pure-main");
  CHECK_INT(pthread_setname_np(pthread_self(), "a name that is far too long"), ERANGE);
  CHECK_INT(pthread_getname_np(pthread_self(), name, 4), ERANGE);

  /* pthread_getattr_np: a created thread reports its stack; the main thread's contains
     the current frame. */
  int local = 0;
  void *addr;
  CHECK_INT(pthread_getattr_np(pthread_self(), &attr), 0);
  CHECK_INT(pthread_attr_getstack(&attr, &addr, &size), 0);
  CHECK((char *)&local >= (char *)addr && (char *)&local < (char *)addr + size);
  CHECK_INT(pthread_create(&t, NULL, own_attr, NULL), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT((intptr_t)res, 1);

  /* Affinity: at least one CPU, and the one we run on. */
  cpu_set_t set;
  CHECK_INT(sched_getaffinity(0, sizeof set, &set), 0);
  CHECK(CPU_COUNT(&set) >= 1);
  CHECK_INT(sched_yield(), 0);
  return check_done();
}
