/* x86_64 signal-context layouts (the kernel's struct sigcontext and ucontext). Included by
   <signal.h>; do not include directly. */
#ifndef _BITS_SIGNAL_H
#define _BITS_SIGNAL_H

#define MINSIGSTKSZ 2048
#define SIGSTKSZ 8192
#define SA_RESTORER 0x04000000

#if __PURE_GNU
/* Indices into gregset_t, in the kernel's sigcontext order. */
enum {
  REG_R8 = 0, REG_R9, REG_R10, REG_R11, REG_R12, REG_R13, REG_R14, REG_R15,
  REG_RDI, REG_RSI, REG_RBP, REG_RBX, REG_RDX, REG_RAX, REG_RCX, REG_RSP, REG_RIP,
  REG_EFL, REG_CSGSFS, REG_ERR, REG_TRAPNO, REG_OLDMASK, REG_CR2
};
#define REG_R8 REG_R8
#define REG_R9 REG_R9
#define REG_R10 REG_R10
#define REG_R11 REG_R11
#define REG_R12 REG_R12
#define REG_R13 REG_R13
#define REG_R14 REG_R14
#define REG_R15 REG_R15
#define REG_RDI REG_RDI
#define REG_RSI REG_RSI
#define REG_RBP REG_RBP
#define REG_RBX REG_RBX
#define REG_RDX REG_RDX
#define REG_RAX REG_RAX
#define REG_RCX REG_RCX
#define REG_RSP REG_RSP
#define REG_RIP REG_RIP
#define REG_EFL REG_EFL
#define REG_CSGSFS REG_CSGSFS
#define REG_ERR REG_ERR
#define REG_TRAPNO REG_TRAPNO
#define REG_OLDMASK REG_OLDMASK
#define REG_CR2 REG_CR2
#endif

typedef long long greg_t;
#define NGREG 23
typedef greg_t gregset_t[NGREG];

/* The FXSAVE image the kernel points fpregs at. */
struct _libc_fpxreg { unsigned short significand[4]; unsigned short exponent; unsigned short __pad[3]; };
struct _libc_xmmreg { unsigned int element[4]; };
struct _libc_fpstate {
  unsigned short cwd;
  unsigned short swd;
  unsigned short ftw;
  unsigned short fop;
  unsigned long long rip;
  unsigned long long rdp;
  unsigned int mxcsr;
  unsigned int mxcr_mask;
  struct _libc_fpxreg _st[8];
  struct _libc_xmmreg _xmm[16];
  unsigned int __reserved[24];
};
typedef struct _libc_fpstate *fpregset_t;

typedef struct {
  gregset_t gregs;
  fpregset_t fpregs;
  unsigned long long __reserved1[8];
} mcontext_t;

typedef struct ucontext_t {
  unsigned long uc_flags;
  struct ucontext_t *uc_link;
  stack_t uc_stack;
  mcontext_t uc_mcontext;
  sigset_t uc_sigmask; /* the kernel fills the first 8 bytes */
  struct _libc_fpstate __fpregs_mem;
  unsigned long long __ssp[4];
} ucontext_t;

#endif
