/* aarch64 signal-context layouts (the kernel's struct sigcontext and ucontext). Included by
   <signal.h>; do not include directly. */
#ifndef _BITS_SIGNAL_H
#define _BITS_SIGNAL_H

#define MINSIGSTKSZ 5120
#define SIGSTKSZ 16384
#define SA_RESTORER 0x04000000

typedef unsigned long greg_t;
#define NGREG 34
typedef unsigned long gregset_t[NGREG];
typedef struct {
  __uint128_t vregs[32];
  unsigned int fpsr;
  unsigned int fpcr;
} fpregset_t;

typedef struct {
  unsigned long long fault_address;
  unsigned long long regs[31];
  unsigned long long sp;
  unsigned long long pc;
  unsigned long long pstate;
  /* FP/SIMD and extension records, each tagged with a magic and size */
  unsigned char __reserved[4096] __attribute__((__aligned__(16)));
} mcontext_t;

typedef struct ucontext_t {
  unsigned long uc_flags;
  struct ucontext_t *uc_link;
  stack_t uc_stack;
  sigset_t uc_sigmask; /* 128 bytes, as the kernel reserves */
  mcontext_t uc_mcontext;
} ucontext_t;

#endif
