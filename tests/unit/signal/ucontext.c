/* The ucontext a SA_SIGINFO handler receives matches the kernel's layout: uc_sigmask is
   the mask to restore (SIGUSR2 blocked beforehand, SIGUSR1 not), and the program counter
   and stack pointer in uc_mcontext point into this program's code and stack. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include "../check.h"

static volatile int usr2_was_blocked = -1, usr1_was_blocked = -1;
static volatile uintptr_t pc, sp;

static void handler(int sig, siginfo_t *info, void *ctx) {
  ucontext_t *uc = ctx;
  usr2_was_blocked = sigismember(&uc->uc_sigmask, SIGUSR2);
  usr1_was_blocked = sigismember(&uc->uc_sigmask, SIGUSR1);
#if defined(__x86_64__)
  pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
  sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#else
  pc = (uintptr_t)uc->uc_mcontext.pc;
  sp = (uintptr_t)uc->uc_mcontext.sp;
#endif
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  sa.sa_flags = SA_SIGINFO;
  CHECK_INT(sigaction(SIGUSR1, &sa, NULL), 0);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGUSR2);
  CHECK_INT(sigprocmask(SIG_BLOCK, &set, NULL), 0);
  int local;
  CHECK_INT(raise(SIGUSR1), 0);
  CHECK_INT(usr2_was_blocked, 1);
  CHECK_INT(usr1_was_blocked, 0);
  CHECK(pc != 0);
  /* The interrupted stack pointer is near our own frame (within 1 MiB). */
  CHECK(sp != 0 && (uintptr_t)&local - sp < (1u << 20));
  /* After the handler the mask is back as it was. */
  sigset_t now;
  CHECK_INT(sigprocmask(SIG_BLOCK, NULL, &now), 0);
  CHECK_INT(sigismember(&now, SIGUSR2), 1);
  CHECK_INT(sigismember(&now, SIGUSR1), 0);
  return check_done();
}
