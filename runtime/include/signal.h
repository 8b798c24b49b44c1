/* pure libc: <signal.h> - signals. */
#ifndef _SIGNAL_H
#define _SIGNAL_H
#include <features.h>
#include <bits/types/sig_atomic_t.h>
#if __PURE_POSIX
#include <bits/types/size_t.h>
#include <bits/types/pid_t.h>
#include <bits/types/uid_t.h>
#include <bits/types/sigset_t.h>
#include <bits/types/siginfo_t.h>
#include <bits/types/union_sigval.h>
#include <bits/types/struct_sigevent.h>
#include <bits/types/struct_timespec.h>
#include <bits/types/stack_t.h>
#include <bits/types/pthread_t.h>
#include <bits/types/pthread_attr_t.h>
#include <bits/signal.h>
#endif

__PURE_BEGIN_DECLS

#define SIG_ERR ((void (*)(int))-1)
#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)

/* Linux signal numbers (the same on x86_64 and aarch64). */
#define SIGHUP 1
#define SIGINT 2
#define SIGQUIT 3
#define SIGILL 4
#define SIGTRAP 5
#define SIGABRT 6
#define SIGIOT SIGABRT
#define SIGBUS 7
#define SIGFPE 8
#define SIGKILL 9
#define SIGUSR1 10
#define SIGSEGV 11
#define SIGUSR2 12
#define SIGPIPE 13
#define SIGALRM 14
#define SIGTERM 15
#define SIGSTKFLT 16
#define SIGCHLD 17
#define SIGCONT 18
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SIGURG 23
#define SIGXCPU 24
#define SIGXFSZ 25
#define SIGVTALRM 26
#define SIGPROF 27
#define SIGWINCH 28
#define SIGIO 29
#define SIGPOLL SIGIO
#define SIGPWR 30
#define SIGSYS 31
#define SIGUNUSED SIGSYS
/* The libc keeps the first two real-time signals (32, 33) for itself. */
#define SIGRTMIN 34
#define SIGRTMAX 64
#define _NSIG 65
#if __PURE_DEFAULT
#define NSIG _NSIG
#endif

typedef void (*__sighandler_t)(int);
#if __PURE_GNU
typedef __sighandler_t sighandler_t;
#endif
#if __PURE_DEFAULT
typedef __sighandler_t sig_t;
#endif

void (*signal(int __sig, void (*__handler)(int)))(int);
int raise(int __sig);

#if __PURE_POSIX
#define SIG_BLOCK 0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

#define SA_NOCLDSTOP 0x00000001
#define SA_NOCLDWAIT 0x00000002
#define SA_SIGINFO 0x00000004
#define SA_ONSTACK 0x08000000
#define SA_RESTART 0x10000000
#define SA_NODEFER 0x40000000
#define SA_RESETHAND 0x80000000
#if __PURE_GNU || __PURE_DEFAULT
#define SA_NOMASK SA_NODEFER
#define SA_ONESHOT SA_RESETHAND
#endif

#define SS_ONSTACK 1
#define SS_DISABLE 2

#define SIGEV_SIGNAL 0
#define SIGEV_NONE 1
#define SIGEV_THREAD 2
#if __PURE_GNU
#define SIGEV_THREAD_ID 4
#endif

/* si_code values */
#define SI_USER 0
#define SI_KERNEL 0x80
#define SI_QUEUE (-1)
#define SI_TIMER (-2)
#define SI_MESGQ (-3)
#define SI_ASYNCIO (-4)
#define SI_SIGIO (-5)
#define SI_TKILL (-6)
#define ILL_ILLOPC 1
#define ILL_ILLOPN 2
#define ILL_ILLADR 3
#define ILL_ILLTRP 4
#define ILL_PRVOPC 5
#define ILL_PRVREG 6
#define ILL_COPROC 7
#define ILL_BADSTK 8
#define FPE_INTDIV 1
#define FPE_INTOVF 2
#define FPE_FLTDIV 3
#define FPE_FLTOVF 4
#define FPE_FLTUND 5
#define FPE_FLTRES 6
#define FPE_FLTINV 7
#define FPE_FLTSUB 8
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2
#define SEGV_BNDERR 3
#define SEGV_PKUERR 4
#define BUS_ADRALN 1
#define BUS_ADRERR 2
#define BUS_OBJERR 3
#define BUS_MCEERR_AR 4
#define BUS_MCEERR_AO 5
#define TRAP_BRKPT 1
#define TRAP_TRACE 2
#define CLD_EXITED 1
#define CLD_KILLED 2
#define CLD_DUMPED 3
#define CLD_TRAPPED 4
#define CLD_STOPPED 5
#define CLD_CONTINUED 6
#define POLL_IN 1
#define POLL_OUT 2
#define POLL_MSG 3
#define POLL_ERR 4
#define POLL_PRI 5
#define POLL_HUP 6

/* The kernel's struct sigaction layout: handler, flags, restorer, mask. */
struct sigaction {
  union {
    void (*sa_handler)(int);
    void (*sa_sigaction)(int, siginfo_t *, void *);
  } __sa_handler;
  int sa_flags;
  int __sa_flags_high; /* the kernel's flags word is a long */
  void (*sa_restorer)(void);
  sigset_t sa_mask;
};
#define sa_handler __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

int kill(pid_t __pid, int __sig);
int sigaction(int __sig, const struct sigaction *__PURE_RESTRICT __act, struct sigaction *__PURE_RESTRICT __old);
int sigaddset(sigset_t *__set, int __sig);
int sigdelset(sigset_t *__set, int __sig);
int sigemptyset(sigset_t *__set);
int sigfillset(sigset_t *__set);
int sigismember(const sigset_t *__set, int __sig);
int sigpending(sigset_t *__set);
int sigprocmask(int __how, const sigset_t *__PURE_RESTRICT __set, sigset_t *__PURE_RESTRICT __old);
int sigsuspend(const sigset_t *__mask);
int sigwait(const sigset_t *__PURE_RESTRICT __set, int *__PURE_RESTRICT __sig);
int sigwaitinfo(const sigset_t *__PURE_RESTRICT __set, siginfo_t *__PURE_RESTRICT __info);
int sigtimedwait(const sigset_t *__PURE_RESTRICT __set, siginfo_t *__PURE_RESTRICT __info,
                 const struct timespec *__PURE_RESTRICT __timeout);
int sigqueue(pid_t __pid, int __sig, union sigval __value);
int pthread_kill(pthread_t __th, int __sig);
int pthread_sigmask(int __how, const sigset_t *__PURE_RESTRICT __set, sigset_t *__PURE_RESTRICT __old);
void psiginfo(const siginfo_t *__info, const char *__message);
void psignal(int __sig, const char *__message);
#endif

#if __PURE_XOPEN || __PURE_DEFAULT
int killpg(pid_t __pgrp, int __sig);
int sigaltstack(const stack_t *__PURE_RESTRICT __ss, stack_t *__PURE_RESTRICT __old);
int siginterrupt(int __sig, int __flag);
/* The System V signal interface (XSI, obsolescent): sigset() may hold a signal. */
#define SIG_HOLD ((void (*)(int))2)
void (*bsd_signal(int __sig, void (*__handler)(int)))(int);
void (*sigset(int __sig, void (*__disp)(int)))(int);
int sighold(int __sig);
int sigrelse(int __sig);
int sigignore(int __sig);
int sigpause(int __sig);
#endif

#if __PURE_GNU
int sigisemptyset(const sigset_t *__set);
int sigandset(sigset_t *__dst, const sigset_t *__a, const sigset_t *__b);
int sigorset(sigset_t *__dst, const sigset_t *__a, const sigset_t *__b);
int tgkill(pid_t __tgid, pid_t __tid, int __sig);
#endif

__PURE_END_DECLS
#endif
