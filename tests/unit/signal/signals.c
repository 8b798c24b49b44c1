/* Signal handlers, masks, pending sets, sigsuspend, sigset operations, pthread_kill,
   sigaltstack, sigqueue, sigwait, strsignal. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>
#include "../check.h"

static volatile sig_atomic_t usr1_count, usr2_count;
static volatile int info_signo, info_code, info_value;
static volatile pid_t info_pid;
static void on_usr1(int sig) { usr1_count++; }
static void on_usr2_info(int sig, siginfo_t *info, void *ctx) {
  usr2_count++;
  info_signo = info->si_signo;
  info_code = info->si_code;
  info_pid = info->si_pid;
  info_value = info->si_value.sival_int;
}

static char altstack[65536] __attribute__((aligned(16)));
static volatile int on_alt;
static void on_alt_handler(int sig) {
  char here;
  on_alt = (uintptr_t)&here >= (uintptr_t)altstack && (uintptr_t)&here < (uintptr_t)altstack + sizeof altstack;
}

static volatile pthread_t handler_thread;
static void on_usr1_thread(int sig) { handler_thread = pthread_self(); }
static volatile int ready, go;
static void *wait_for_signal(void *arg) {
  __atomic_store_n(&ready, 1, __ATOMIC_SEQ_CST);
  while (!__atomic_load_n(&go, __ATOMIC_SEQ_CST)) usleep(1000);
  return NULL;
}

int main(void) {
  sigset_t set, old, pending;

  /* sigset operations. */
  CHECK_INT(sigemptyset(&set), 0);
  CHECK_INT(sigismember(&set, SIGINT), 0);
  CHECK_INT(sigaddset(&set, SIGINT), 0);
  CHECK_INT(sigismember(&set, SIGINT), 1);
  CHECK_INT(sigismember(&set, SIGTERM), 0);
  CHECK_INT(sigdelset(&set, SIGINT), 0);
  CHECK_INT(sigismember(&set, SIGINT), 0);
  CHECK_INT(sigfillset(&set), 0);
  CHECK_INT(sigismember(&set, SIGKILL), 1);
  CHECK_INT(sigismember(&set, SIGRTMAX), 1);
  errno = 0;
  CHECK_INT(sigaddset(&set, 0), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(sigaddset(&set, 100000), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(sigismember(&set, -1), -1);
  CHECK_INT(errno, EINVAL);

  /* A handler runs on raise(). */
  struct sigaction sa, got;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigemptyset(&sa.sa_mask);
  CHECK_INT(sigaction(SIGUSR1, &sa, NULL), 0);
  CHECK_INT(raise(SIGUSR1), 0);
  CHECK_INT(usr1_count, 1);
  CHECK_INT(sigaction(SIGUSR1, NULL, &got), 0);
  CHECK(got.sa_handler == on_usr1);
  errno = 0;
  CHECK_INT(sigaction(SIGKILL, &sa, NULL), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(sigaction(0, &sa, NULL), -1);
  CHECK_INT(errno, EINVAL);

  /* signal() returns the previous handler. */
  CHECK(signal(SIGUSR1, SIG_IGN) == on_usr1);
  CHECK_INT(raise(SIGUSR1), 0);
  CHECK_INT(usr1_count, 1);
  CHECK(signal(SIGUSR1, on_usr1) == SIG_IGN);
  errno = 0;
  CHECK(signal(-5, on_usr1) == SIG_ERR);
  CHECK_INT(errno, EINVAL);

  /* SA_SIGINFO: si_signo, si_code, si_pid; sigqueue carries a value. */
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_usr2_info;
  sa.sa_flags = SA_SIGINFO;
  CHECK_INT(sigaction(SIGUSR2, &sa, NULL), 0);
  CHECK_INT(kill(getpid(), SIGUSR2), 0);
  CHECK_INT(usr2_count, 1);
  CHECK_INT(info_signo, SIGUSR2);
  CHECK_INT(info_code, SI_USER);
  CHECK_INT(info_pid, getpid());
  union sigval v;
  v.sival_int = 99;
  CHECK_INT(sigqueue(getpid(), SIGUSR2, v), 0);
  CHECK_INT(usr2_count, 2);
  CHECK_INT(info_code, SI_QUEUE);
  CHECK_INT(info_value, 99);

  /* Blocked signals stay pending until unblocked. */
  sigemptyset(&set);
  sigaddset(&set, SIGUSR1);
  CHECK_INT(sigprocmask(SIG_BLOCK, &set, &old), 0);
  CHECK_INT(sigismember(&old, SIGUSR1), 0);
  CHECK_INT(raise(SIGUSR1), 0);
  CHECK_INT(usr1_count, 1);
  CHECK_INT(sigpending(&pending), 0);
  CHECK_INT(sigismember(&pending, SIGUSR1), 1);
  CHECK_INT(sigprocmask(SIG_SETMASK, &old, NULL), 0);
  CHECK_INT(usr1_count, 2);
  errno = 0;
  CHECK_INT(sigprocmask(12345, &set, NULL), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(pthread_sigmask(12345, &set, NULL), EINVAL);

  /* sigsuspend: returns -1/EINTR after the handler ran. */
  CHECK_INT(sigprocmask(SIG_BLOCK, &set, &old), 0);
  CHECK_INT(raise(SIGUSR1), 0);
  sigset_t none;
  sigemptyset(&none);
  errno = 0;
  CHECK_INT(sigsuspend(&none), -1);
  CHECK_INT(errno, EINTR);
  CHECK_INT(usr1_count, 3);

  /* sigwait takes a blocked pending signal without running the handler. */
  CHECK_INT(raise(SIGUSR1), 0);
  int sig = 0;
  CHECK_INT(sigwait(&set, &sig), 0);
  CHECK_INT(sig, SIGUSR1);
  CHECK_INT(usr1_count, 3);
  CHECK_INT(sigprocmask(SIG_SETMASK, &old, NULL), 0);

  /* SA_RESETHAND: one delivery, then back to the default. */
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_RESETHAND;
  CHECK_INT(sigaction(SIGUSR1, &sa, NULL), 0);
  CHECK_INT(raise(SIGUSR1), 0);
  CHECK_INT(sigaction(SIGUSR1, NULL, &got), 0);
  CHECK(got.sa_handler == SIG_DFL);

  /* sigaltstack + SA_ONSTACK. */
  stack_t ss, oss;
  ss.ss_sp = altstack;
  ss.ss_size = 100;
  ss.ss_flags = 0;
  errno = 0;
  CHECK_INT(sigaltstack(&ss, NULL), -1);
  CHECK_INT(errno, ENOMEM);
  ss.ss_size = sizeof altstack;
  CHECK_INT(sigaltstack(&ss, &oss), 0);
  CHECK_INT(oss.ss_flags & SS_DISABLE, SS_DISABLE);
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_alt_handler;
  sa.sa_flags = SA_ONSTACK;
  CHECK_INT(sigaction(SIGUSR2, &sa, NULL), 0);
  CHECK_INT(raise(SIGUSR2), 0);
  CHECK_INT(on_alt, 1);
  ss.ss_flags = SS_DISABLE;
  CHECK_INT(sigaltstack(&ss, NULL), 0);

  /* pthread_kill runs the handler in the target thread. */
  signal(SIGUSR1, on_usr1_thread);
  pthread_t t;
  CHECK_INT(pthread_create(&t, NULL, wait_for_signal, NULL), 0);
  while (!__atomic_load_n(&ready, __ATOMIC_SEQ_CST)) usleep(1000);
  CHECK_INT(pthread_kill(t, SIGUSR1), 0);
  for (int i = 0; i < 5000 && handler_thread == 0; i++) usleep(1000);
  CHECK(pthread_equal(handler_thread, t));
  CHECK_INT(pthread_kill(t, 0), 0);
  __atomic_store_n(&go, 1, __ATOMIC_SEQ_CST);
  CHECK_INT(pthread_join(t, NULL), 0);

  /* Descriptions. */
  CHECK_STR(strsignal(SIGSEGV), "Segmentation fault");
  CHECK_STR(strsignal(SIGINT), "Interrupt");
  CHECK(strsignal(SIGRTMIN + 1) != NULL);
  return check_done();
}
