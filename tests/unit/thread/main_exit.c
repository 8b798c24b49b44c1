/* pthread_exit from main: the other threads keep running, and when the last one ends the
   process exits with status 0, running atexit handlers as exit(0) would. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
#include "../check.h"

static volatile int worker_finished;
static pthread_t main_thread;

static void at_exit_check(void) {
  CHECK_INT(worker_finished, 1);
  int failed = check_done();
  fflush(stdout); /* _exit does not flush */
  _exit(failed);
}

static void *worker(void *arg) {
  usleep(50 * 1000);
  /* main is gone but still joinable-looking from here; we outlive it. */
  CHECK(!pthread_equal(pthread_self(), main_thread));
  worker_finished = 1;
  return NULL;
}

int main(void) {
  main_thread = pthread_self();
  CHECK_INT(atexit(at_exit_check), 0);
  pthread_t t;
  CHECK_INT(pthread_create(&t, NULL, worker, NULL), 0);
  pthread_exit(NULL);
}
