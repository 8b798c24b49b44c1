#define _GNU_SOURCE
#include <fenv.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <ucontext.h>

#include "../check.h"

static ucontext_t main_ctx, ping_ctx, pong_ctx, done_ctx;
static char stack_a[65536] __attribute__((aligned(16)));
static char stack_b[65536] __attribute__((aligned(16)));
static int trace[64];
static int trace_len;

static void ping(void) {
  for (int i = 0; i < 5; i++) {
    trace[trace_len++] = 2 * i;
    swapcontext(&ping_ctx, &pong_ctx);
  }
}

static void pong(void) {
  for (int i = 0; i < 5; i++) {
    trace[trace_len++] = 2 * i + 1;
    swapcontext(&pong_ctx, &ping_ctx);
  }
}

static void test_ping_pong(void) {
  trace_len = 0;
  CHECK_INT(getcontext(&ping_ctx), 0);
  ping_ctx.uc_stack.ss_sp = stack_a;
  ping_ctx.uc_stack.ss_size = sizeof stack_a;
  ping_ctx.uc_link = &main_ctx;  // ping finishes first and ends the game
  makecontext(&ping_ctx, ping, 0);
  CHECK_INT(getcontext(&pong_ctx), 0);
  pong_ctx.uc_stack.ss_sp = stack_b;
  pong_ctx.uc_stack.ss_size = sizeof stack_b;
  pong_ctx.uc_link = &main_ctx;
  makecontext(&pong_ctx, pong, 0);
  CHECK_INT(swapcontext(&main_ctx, &ping_ctx), 0);
  CHECK_INT(trace_len, 10);
  for (int i = 0; i < trace_len; i++) CHECK_INT(trace[i], i);
}

static long args_seen[12];
static int args_calls;

static void many(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
  args_seen[0] = a, args_seen[1] = b, args_seen[2] = c, args_seen[3] = d, args_seen[4] = e;
  args_seen[5] = f, args_seen[6] = g, args_seen[7] = h, args_seen[8] = i, args_seen[9] = j;
  // The stack must be aligned as the ABI says, or vector spills here would fault.
  volatile double x = 1.5;
  args_seen[10] = (long)(x * 4);
  args_calls++;
}

static void test_args(void) {
  CHECK_INT(getcontext(&pong_ctx), 0);
  pong_ctx.uc_stack.ss_sp = stack_b;
  pong_ctx.uc_stack.ss_size = sizeof stack_b;
  pong_ctx.uc_link = &main_ctx;
  makecontext(&pong_ctx, (void (*)(void))many, 10, 11, 22, 33, 44, 55, 66, 77, 88, -99, 1010);
  CHECK_INT(swapcontext(&main_ctx, &pong_ctx), 0);
  CHECK_INT(args_calls, 1);
  const long want[] = {11, 22, 33, 44, 55, 66, 77, 88, -99, 1010, 6};
  for (int i = 0; i < 11; i++) CHECK_INT(args_seen[i], want[i]);
}

static int chain[4];
static int chain_len;

static void first(int v) { chain[chain_len++] = v; }
static void second(int v) { chain[chain_len++] = v; }

static void test_link_chain(void) {
  // first returns into second (its uc_link), second into done_ctx.
  static ucontext_t c1, c2;
  CHECK_INT(getcontext(&c2), 0);
  c2.uc_stack.ss_sp = stack_b;
  c2.uc_stack.ss_size = sizeof stack_b;
  c2.uc_link = &done_ctx;
  makecontext(&c2, (void (*)(void))second, 1, 2);
  CHECK_INT(getcontext(&c1), 0);
  c1.uc_stack.ss_sp = stack_a;
  c1.uc_stack.ss_size = sizeof stack_a;
  c1.uc_link = &c2;
  makecontext(&c1, (void (*)(void))first, 1, 1);
  volatile int resumed = 0;
  CHECK_INT(getcontext(&done_ctx), 0);
  if (!resumed) {
    resumed = 1;
    setcontext(&c1);
    CHECK(0);  // not reached
  }
  CHECK_INT(chain_len, 2);
  CHECK_INT(chain[0], 1);
  CHECK_INT(chain[1], 2);
}

static void test_sigmask(void) {
  sigset_t set, now;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR2);
  CHECK_INT(sigprocmask(SIG_SETMASK, &set, NULL), 0);
  static ucontext_t saved;
  volatile int pass = 0;
  CHECK_INT(getcontext(&saved), 0);
  CHECK(sigismember(&saved.uc_sigmask, SIGUSR2) == 1);
  if (pass == 0) {
    pass = 1;
    sigset_t other;
    sigemptyset(&other);
    sigaddset(&other, SIGHUP);
    CHECK_INT(sigprocmask(SIG_SETMASK, &other, NULL), 0);
    setcontext(&saved);
    CHECK(0);
  }
  CHECK_INT(pass, 1);
  CHECK_INT(sigprocmask(SIG_SETMASK, NULL, &now), 0);
  CHECK(sigismember(&now, SIGUSR2) == 1);
  CHECK(sigismember(&now, SIGHUP) == 0);
  sigemptyset(&set);
  sigprocmask(SIG_SETMASK, &set, NULL);
}

// The rounding mode (MXCSR and the x87 control word / FPCR) is part of the context.
static void test_fp_state(void) {
#if defined(FE_UPWARD) && defined(FE_TONEAREST)
  static ucontext_t saved;
  volatile int pass = 0;
  CHECK_INT(fesetround(FE_UPWARD), 0);
  CHECK_INT(getcontext(&saved), 0);
  if (pass == 0) {
    pass = 1;
    CHECK_INT(fesetround(FE_TONEAREST), 0);
    setcontext(&saved);
    CHECK(0);
  }
  CHECK_INT(fegetround(), FE_UPWARD);
  volatile double one = 1.0, three = 3.0;
  CHECK(one / three > 0.3333333333333333);  // rounded up: above the nearest double
  fesetround(FE_TONEAREST);
  CHECK(one / three == 0.3333333333333333);
#endif
}

// With no uc_link, returning ends the thread.
static int tail_ran;
static void last_words(void) { tail_ran = 1; }

static void* thread_body(void* arg) {
  (void)arg;
  static ucontext_t here, c;
  getcontext(&c);
  c.uc_stack.ss_sp = stack_a;
  c.uc_stack.ss_size = sizeof stack_a;
  c.uc_link = NULL;
  makecontext(&c, last_words, 0);
  swapcontext(&here, &c);
  return (void*)1;  // not reached: the thread exits with a null value
}

static void test_null_link(void) {
  pthread_t t;
  CHECK_INT(pthread_create(&t, NULL, thread_body, NULL), 0);
  void* r = (void*)2;
  CHECK_INT(pthread_join(t, &r), 0);
  CHECK(r == NULL);
  CHECK_INT(tail_ran, 1);
}

int main(void) {
  test_ping_pong();
  test_args();
  test_link_chain();
  test_sigmask();
  test_fp_state();
  test_null_link();
  return check_done();
}
