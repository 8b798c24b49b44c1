/* setjmp/longjmp and sigsetjmp/siglongjmp. */
#include <setjmp.h>
#include <signal.h>
#include "../check.h"

static jmp_buf env;
static sigjmp_buf senv;
static volatile int depth;

static void jump_from_depth(int n, int value) {
  volatile char pad[256];
  pad[0] = (char)n;
  depth = n + pad[0] - n;
  if (n == 0) longjmp(env, value);
  jump_from_depth(n - 1, value);
}

static void on_usr1(int sig) { siglongjmp(senv, 5); }

int main(void) {
  volatile int calls = 0;
  int r = setjmp(env);
  calls++;
  if (r == 0) jump_from_depth(10, 7);
  CHECK_INT(r, 7);
  CHECK_INT(calls, 2);

  /* longjmp(env, 0) makes setjmp return 1. */
  r = setjmp(env);
  if (r == 0) longjmp(env, 0);
  CHECK_INT(r, 1);

  /* Callee-saved state survives: a local kept in a register across the jump. */
  volatile double d = 1.5;
  r = _setjmp(env);
  if (r == 0) {
    d = 2.5;
    _longjmp(env, 3);
  }
  CHECK_INT(r, 3);
  CHECK(d == 2.5);

  /* sigsetjmp(env, 1) restores the mask on siglongjmp out of a handler, where the
     signal is blocked. */
  signal(SIGUSR1, on_usr1);
  sigset_t mask;
  r = sigsetjmp(senv, 1);
  if (r == 0) raise(SIGUSR1);
  CHECK_INT(r, 5);
  sigprocmask(SIG_BLOCK, NULL, &mask);
  CHECK_INT(sigismember(&mask, SIGUSR1), 0);

  /* sigsetjmp(env, 0) does not: the handler's mask (SIGUSR1 blocked) stays. */
  r = sigsetjmp(senv, 0);
  if (r == 0) raise(SIGUSR1);
  CHECK_INT(r, 5);
  sigprocmask(SIG_BLOCK, NULL, &mask);
  CHECK_INT(sigismember(&mask, SIGUSR1), 1);
  return check_done();
}
