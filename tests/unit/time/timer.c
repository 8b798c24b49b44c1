/* POSIX timers: SIGEV_NONE counts down, SIGEV_SIGNAL delivers its signal, SIGEV_THREAD
   runs its function repeatedly on a periodic timer and stops after timer_delete. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../check.h"

static volatile sig_atomic_t got_signal;
static volatile int signal_value;
static int thread_calls;

static void on_signal(int sig, siginfo_t *info, void *ctx) {
  (void)ctx;
  got_signal = sig;
  signal_value = info->si_value.sival_int;
}

static void on_expire(union sigval v) { __atomic_fetch_add((int *)v.sival_ptr, 1, __ATOMIC_RELAXED); }

static void sleep_ms(long ms) {
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

int main(void) {
  /* SIGEV_NONE: no notification, but the timer runs. */
  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_NONE;
  timer_t t;
  CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), 0);
  struct itimerspec its = {{0, 0}, {10, 0}}, cur;
  CHECK_INT(timer_settime(t, 0, &its, NULL), 0);
  CHECK_INT(timer_gettime(t, &cur), 0);
  CHECK(cur.it_value.tv_sec >= 9 && cur.it_value.tv_sec <= 10);
  CHECK_INT(timer_getoverrun(t), 0);
  CHECK_INT(timer_delete(t), 0);

  /* SIGEV_SIGNAL with a value. */
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_signal;
  sa.sa_flags = SA_SIGINFO;
  CHECK_INT(sigaction(SIGUSR1, &sa, NULL), 0);
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = SIGUSR1;
  ev.sigev_value.sival_int = 1234;
  CHECK_INT(timer_create(CLOCK_REALTIME, &ev, &t), 0);
  struct itimerspec once = {{0, 0}, {0, 5000000}};
  CHECK_INT(timer_settime(t, 0, &once, NULL), 0);
  for (int i = 0; i < 200 && !got_signal; i++) sleep_ms(5);
  CHECK_INT(got_signal, SIGUSR1);
  CHECK_INT(signal_value, 1234);
  CHECK_INT(timer_delete(t), 0);

  /* SIGEV_THREAD, periodic every 10 ms. */
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_THREAD;
  ev.sigev_notify_function = on_expire;
  ev.sigev_value.sival_ptr = &thread_calls;
  CHECK_INT(timer_create(CLOCK_MONOTONIC, &ev, &t), 0);
  struct itimerspec periodic = {{0, 10000000}, {0, 10000000}};
  CHECK_INT(timer_settime(t, 0, &periodic, NULL), 0);
  for (int i = 0; i < 400 && __atomic_load_n(&thread_calls, __ATOMIC_RELAXED) < 3; i++) sleep_ms(5);
  CHECK(__atomic_load_n(&thread_calls, __ATOMIC_RELAXED) >= 3);
  CHECK_INT(timer_gettime(t, &cur), 0);
  CHECK_INT(cur.it_interval.tv_nsec, 10000000);
  CHECK_INT(timer_delete(t), 0);
  sleep_ms(30); /* a notification may still be under way right after timer_delete */
  int after = __atomic_load_n(&thread_calls, __ATOMIC_RELAXED);
  sleep_ms(50);
  CHECK_INT(__atomic_load_n(&thread_calls, __ATOMIC_RELAXED), after);

  /* Errors. */
  CHECK_INT(timer_create((clockid_t)12345, NULL, &t), -1);
  CHECK_INT(errno, EINVAL);
  ev.sigev_notify = SIGEV_THREAD;
  CHECK_INT(timer_create(CLOCK_PROCESS_CPUTIME_ID, &ev, &t), -1);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
