/* uselocale is per thread (POSIX uselocale): a new thread starts on the global locale, and
   its choice does not leak into other threads. */
#include "../check.h"
#include <langinfo.h>
#include <locale.h>
#include <pthread.h>
#include <stdlib.h>

static locale_t utf8;
static int thread_start_global, thread_mb_before, thread_mb_after;
static const char *thread_codeset;

static void *worker(void *arg) {
  (void)arg;
  thread_start_global = uselocale((locale_t)0) == LC_GLOBAL_LOCALE;
  thread_mb_before = (int)MB_CUR_MAX;
  uselocale(utf8);
  thread_mb_after = (int)MB_CUR_MAX;
  thread_codeset = nl_langinfo(CODESET);
  return NULL;
}

int main(void) {
  utf8 = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
  CHECK(utf8 != (locale_t)0);
  if (!utf8) return check_done();
  locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
  CHECK(c != (locale_t)0);
  uselocale(c);

  pthread_t t;
  CHECK_INT(pthread_create(&t, NULL, worker, NULL), 0);
  CHECK_INT(pthread_join(t, NULL), 0);
  CHECK(thread_start_global);
  CHECK_INT(thread_mb_before, 1);
  CHECK_INT(thread_mb_after, 4);
  CHECK_STR(thread_codeset, "UTF-8");
  /* This thread kept its own choice. */
  CHECK(uselocale((locale_t)0) == c);
  CHECK_INT(MB_CUR_MAX, 1);

  uselocale(LC_GLOBAL_LOCALE);
  freelocale(c);
  freelocale(utf8);
  return check_done();
}
