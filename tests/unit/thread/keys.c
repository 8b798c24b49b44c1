/* pthread_key_*: per-thread values, destructors (repeated while values are re-set, at most
   PTHREAD_DESTRUCTOR_ITERATIONS rounds), delete and re-create. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include "../check.h"

static pthread_key_t key, key2;
static int destructor_calls;
static int resets_left;
static void destructor(void *value) {
  destructor_calls++;
  /* POSIX: the value is already NULL when the destructor runs. */
  if (pthread_getspecific(key) != NULL) destructor_calls += 1000;
  if (resets_left > 0) {
    resets_left--;
    pthread_setspecific(key, value);
  }
}

static void *body(void *arg) {
  if (pthread_getspecific(key) != NULL) return (void *)1;
  pthread_setspecific(key, arg);
  if (pthread_getspecific(key) != arg) return (void *)2;
  return NULL;
}

static void *set_nothing(void *arg) { return NULL; }

int main(void) {
  static int value = 5;
  void *res;
  pthread_t t;
  CHECK_INT(pthread_key_create(&key, destructor), 0);
  CHECK(pthread_getspecific(key) == NULL);
  CHECK_INT(pthread_setspecific(key, &value), 0);
  CHECK(pthread_getspecific(key) == &value);

  /* Another thread starts with NULL and its value is destroyed at exit. */
  CHECK_INT(pthread_create(&t, NULL, body, &value), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK(res == NULL);
  CHECK_INT(destructor_calls, 1);
  CHECK(pthread_getspecific(key) == &value); /* ours is untouched */

  /* A destructor that re-sets its value runs again, up to the limit. */
  destructor_calls = 0;
  resets_left = 100;
  CHECK_INT(pthread_create(&t, NULL, body, &value), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT(destructor_calls, PTHREAD_DESTRUCTOR_ITERATIONS);
  resets_left = 0;

  /* NULL values get no destructor call. */
  destructor_calls = 0;
  CHECK_INT(pthread_create(&t, NULL, set_nothing, NULL), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK_INT(destructor_calls, 0);

  /* Delete, then a new key reads NULL even if it reuses the number. */
  CHECK_INT(pthread_key_delete(key), 0);
  CHECK_INT(pthread_key_delete(key), EINVAL);
  CHECK_INT(pthread_setspecific(key, &value), EINVAL);
  CHECK_INT(pthread_key_create(&key2, NULL), 0);
  CHECK(pthread_getspecific(key2) == NULL);

  /* Keys run out eventually, with EAGAIN. */
  static pthread_key_t many[PTHREAD_KEYS_MAX + 1];
  int created = 0, r = 0;
  while (created <= PTHREAD_KEYS_MAX && (r = pthread_key_create(&many[created], NULL)) == 0) created++;
  CHECK_INT(r, EAGAIN);
  CHECK(created >= 1);
  for (int i = 0; i < created; i++) pthread_key_delete(many[i]);
  return check_done();
}
