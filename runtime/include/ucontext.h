/* pure libc: <ucontext.h> - user contexts (getcontext, setcontext, makecontext, swapcontext).
   ucontext_t and mcontext_t are the kernel's signal-frame layouts from <signal.h>, so a
   context saved here and one a signal handler receives have the same shape. */
#ifndef _UCONTEXT_H
#define _UCONTEXT_H
#include <features.h>
#include <signal.h>
/* Strict ISO C modes see no POSIX part of <signal.h>: take the layouts directly. */
#include <bits/types/sigset_t.h>
#include <bits/types/stack_t.h>
#include <bits/signal.h>

__PURE_BEGIN_DECLS

int getcontext(ucontext_t *__ucp);
int setcontext(const ucontext_t *__ucp);
void makecontext(ucontext_t *__ucp, void (*__func)(void), int __argc, ...);
int swapcontext(ucontext_t *__PURE_RESTRICT __oucp, const ucontext_t *__PURE_RESTRICT __ucp);

__PURE_END_DECLS

#endif
