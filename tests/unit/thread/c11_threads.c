/* C11 <threads.h>: threads, mutexes, condition variables, once, thread-specific storage. */
#include <threads.h>
#include <time.h>
#include "../check.h"

static mtx_t m;
static cnd_t c;
static int counter, ready;
static thread_local int tl = 3;

static int worker(void *arg) {
  for (int i = 0; i < 1000; i++) {
    mtx_lock(&m);
    counter++;
    mtx_unlock(&m);
  }
  tl += *(int *)arg;
  return tl;
}

static int signaller(void *arg) {
  mtx_lock(&m);
  ready = 1;
  cnd_signal(&c);
  mtx_unlock(&m);
  return 0;
}

static once_flag once = ONCE_FLAG_INIT;
static int once_count;
static void once_fn(void) { once_count++; }

static int dtor_calls;
static void dtor(void *p) { dtor_calls++; }
static tss_t key;
static int sets_tss(void *arg) {
  tss_set(key, arg);
  return tss_get(key) == arg ? 0 : 1;
}

int main(void) {
  CHECK_INT(mtx_init(&m, mtx_plain), thrd_success);
  CHECK_INT(cnd_init(&c), thrd_success);
  thrd_t t[4];
  int args[4] = {1, 2, 3, 4};
  for (int i = 0; i < 4; i++) CHECK_INT(thrd_create(&t[i], worker, &args[i]), thrd_success);
  for (int i = 0; i < 4; i++) {
    int res = 0;
    CHECK_INT(thrd_join(t[i], &res), thrd_success);
    CHECK_INT(res, 3 + args[i]);
  }
  CHECK_INT(counter, 4000);
  CHECK_INT(tl, 3);

  mtx_lock(&m);
  CHECK_INT(thrd_create(&t[0], signaller, NULL), thrd_success);
  while (!ready) CHECK_INT(cnd_wait(&c, &m), thrd_success);
  mtx_unlock(&m);
  CHECK_INT(thrd_join(t[0], NULL), thrd_success);

  struct timespec ts;
  timespec_get(&ts, TIME_UTC);
  ts.tv_nsec += 5000000;
  if (ts.tv_nsec >= 1000000000) { ts.tv_sec++; ts.tv_nsec -= 1000000000; }
  mtx_lock(&m);
  CHECK_INT(cnd_timedwait(&c, &m, &ts), thrd_timedout);
  CHECK_INT(mtx_trylock(&m), thrd_busy);
  mtx_unlock(&m);

  mtx_t r;
  CHECK_INT(mtx_init(&r, mtx_plain | mtx_recursive), thrd_success);
  CHECK_INT(mtx_lock(&r), thrd_success);
  CHECK_INT(mtx_trylock(&r), thrd_success);
  CHECK_INT(mtx_unlock(&r), thrd_success);
  CHECK_INT(mtx_unlock(&r), thrd_success);
  mtx_destroy(&r);

  call_once(&once, once_fn);
  call_once(&once, once_fn);
  CHECK_INT(once_count, 1);

  CHECK_INT(tss_create(&key, dtor), thrd_success);
  CHECK_INT(thrd_create(&t[0], sets_tss, &counter), thrd_success);
  int res = -1;
  CHECK_INT(thrd_join(t[0], &res), thrd_success);
  CHECK_INT(res, 0);
  CHECK_INT(dtor_calls, 1);
  CHECK(tss_get(key) == NULL);
  tss_delete(key);

  struct timespec d = {0, 1000000};
  CHECK_INT(thrd_sleep(&d, NULL), 0);
  CHECK(thrd_equal(thrd_current(), thrd_current()));
  thrd_yield();
  return check_done();
}
