/* Signals arriving during blocking calls: without SA_RESTART a blocked read fails with
   EINTR; with it the read goes on and returns the data written later. Also SA_NODEFER,
   sigwaitinfo and sigtimedwait. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "../check.h"

static volatile sig_atomic_t handled;
static void on_usr1(int sig) { handled++; }

static int fds[2];
static volatile pid_t reader_tid;
static volatile int reading;
static volatile long read_result;
static volatile int read_errno;
static volatile char read_byte;

static void *reader(void *arg) {
  char c = 0;
  reader_tid = gettid();
  __atomic_store_n(&reading, 1, __ATOMIC_SEQ_CST);
  read_result = read(fds[0], &c, 1);
  read_errno = errno;
  read_byte = c;
  return NULL;
}

static char task_state(pid_t tid) {
  char path[64], buf[256];
  snprintf(path, sizeof path, "/proc/self/task/%d/stat", (int)tid);
  FILE *f = fopen(path, "r");
  if (!f) return '?';
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  char *p = strrchr(buf, ')');
  return p && p[1] == ' ' ? p[2] : '?';
}

/* Starts the reader, waits until it sleeps in read, signals it. */
static pthread_t start_and_signal(void) {
  pthread_t t;
  reading = 0;
  handled = 0;
  pthread_create(&t, NULL, reader, NULL);
  while (!__atomic_load_n(&reading, __ATOMIC_SEQ_CST)) usleep(1000);
  for (int i = 0; i < 3000 && task_state(reader_tid) != 'S'; i++) usleep(1000);
  usleep(20000);
  pthread_kill(t, SIGUSR1);
  for (int i = 0; i < 3000 && !handled; i++) usleep(1000);
  return t;
}

static volatile int depth, max_depth, raised;
static void nested(int sig) {
  depth++;
  if (depth > max_depth) max_depth = depth;
  if (!raised) {
    raised = 1;
    raise(SIGUSR2); /* with SA_NODEFER it runs at once, inside this handler */
  }
  depth--;
}

int main(void) {
  CHECK_INT(pipe(fds), 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;

  /* No SA_RESTART: EINTR. */
  sa.sa_flags = 0;
  CHECK_INT(sigaction(SIGUSR1, &sa, NULL), 0);
  pthread_t t = start_and_signal();
  CHECK_INT(pthread_join(t, NULL), 0);
  CHECK_INT(handled, 1);
  CHECK_INT(read_result, -1);
  CHECK_INT(read_errno, EINTR);

  /* SA_RESTART: the read resumes and gets the byte. */
  sa.sa_flags = SA_RESTART;
  CHECK_INT(sigaction(SIGUSR1, &sa, NULL), 0);
  t = start_and_signal();
  CHECK_INT(handled, 1);
  usleep(20000);
  CHECK_INT(write(fds[1], "R", 1), 1);
  CHECK_INT(pthread_join(t, NULL), 0);
  CHECK_INT(read_result, 1);
  CHECK_INT(read_byte, 'R');

  /* SA_NODEFER: the handler can be re-entered by its own signal. */
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = nested;
  sa.sa_flags = SA_NODEFER;
  CHECK_INT(sigaction(SIGUSR2, &sa, NULL), 0);
  raise(SIGUSR2);
  CHECK_INT(max_depth, 2);
  /* Without it the second one waits until the first handler returns. */
  max_depth = 0;
  raised = 0;
  sa.sa_flags = 0;
  CHECK_INT(sigaction(SIGUSR2, &sa, NULL), 0);
  raise(SIGUSR2);
  CHECK_INT(max_depth, 1);

  /* sigwaitinfo / sigtimedwait. */
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGRTMIN + 2);
  CHECK_INT(sigprocmask(SIG_BLOCK, &set, NULL), 0);
  union sigval v = {.sival_int = 42};
  CHECK_INT(sigqueue(getpid(), SIGRTMIN + 2, v), 0);
  siginfo_t info;
  memset(&info, 0, sizeof info);
  CHECK_INT(sigwaitinfo(&set, &info), SIGRTMIN + 2);
  CHECK_INT(info.si_code, SI_QUEUE);
  CHECK_INT(info.si_value.sival_int, 42);
  struct timespec ts = {0, 20000000};
  errno = 0;
  CHECK_INT(sigtimedwait(&set, &info, &ts), -1);
  CHECK_INT(errno, EAGAIN);
  CHECK_INT(raise(SIGRTMIN + 2), 0);
  CHECK_INT(sigtimedwait(&set, NULL, &ts), SIGRTMIN + 2);
  return check_done();
}
