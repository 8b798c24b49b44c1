/* Thread-local storage: initial values per thread, over-aligned variables, errno per
   thread, and thread_local destructors (__cxa_thread_atexit_impl) before key destructors. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include "../check.h"

int __cxa_thread_atexit_impl(void (*fn)(void *), void *obj, void *dso);

static _Thread_local int initialised = 1234;
static _Thread_local long zeroed;
static _Thread_local _Alignas(64) char aligned64[3];
static _Thread_local _Alignas(256) int aligned256 = 77;

static char order[16];
static int order_len;
static pthread_mutex_t order_lock = PTHREAD_MUTEX_INITIALIZER;
static void note(char c) {
  pthread_mutex_lock(&order_lock);
  order[order_len++] = c;
  pthread_mutex_unlock(&order_lock);
}
static void tls_dtor(void *p) { note(*(char *)p); }
static void key_dtor(void *p) { note('K'); }
static pthread_key_t key;

static void *thread_body(void *arg) {
  int *bad = arg;
  if (initialised != 1234 || zeroed != 0 || aligned256 != 77) (*bad)++;
  if ((uintptr_t)aligned64 % 64 != 0 || (uintptr_t)&aligned256 % 256 != 0) (*bad)++;
  initialised = 1;
  zeroed = 2;
  errno = EPIPE; /* must not leak into other threads */
  static char a = 'a', b = 'b';
  __cxa_thread_atexit_impl(tls_dtor, &a, NULL);
  __cxa_thread_atexit_impl(tls_dtor, &b, NULL);
  pthread_setspecific(key, &a);
  return NULL;
}

int main(void) {
  CHECK_INT(initialised, 1234);
  CHECK_INT(zeroed, 0);
  CHECK_INT(aligned256, 77);
  CHECK_INT((uintptr_t)aligned64 % 64, 0);
  CHECK_INT((uintptr_t)&aligned256 % 256, 0);
  CHECK_INT(pthread_key_create(&key, key_dtor), 0);
  errno = 0;
  int bad = 0;
  pthread_t t;
  for (int i = 0; i < 3; i++) {
    order_len = 0;
    CHECK_INT(pthread_create(&t, NULL, thread_body, &bad), 0);
    CHECK_INT(pthread_join(t, NULL), 0);
    /* thread_local destructors newest first, then the key's. */
    order[order_len] = 0;
    CHECK_STR(order, "baK");
  }
  CHECK_INT(bad, 0);
  CHECK_INT(errno, 0);
  CHECK_INT(initialised, 1234);
  CHECK_INT(zeroed, 0);
  return check_done();
}
