/* sys/ptrace.h: process tracing (Linux). The PTRACE_* requests and their structures are
   the kernel's own, from <linux/ptrace.h>.
   ptrace(request, pid, addr, data): for PTRACE_PEEKTEXT, PTRACE_PEEKDATA and
   PTRACE_PEEKUSER the result is the word read; since that word may be -1, success also
   sets errno to 0. */
#ifndef _SYS_PTRACE_H
#define _SYS_PTRACE_H
#include <features.h>
#include <linux/ptrace.h>

#define PT_TRACE_ME PTRACE_TRACEME
#define PT_READ_I PTRACE_PEEKTEXT
#define PT_READ_D PTRACE_PEEKDATA
#define PT_READ_U PTRACE_PEEKUSR
#define PT_WRITE_I PTRACE_POKETEXT
#define PT_WRITE_D PTRACE_POKEDATA
#define PT_WRITE_U PTRACE_POKEUSR
#define PT_CONTINUE PTRACE_CONT
#define PT_KILL PTRACE_KILL
#define PT_STEP PTRACE_SINGLESTEP
#define PT_ATTACH PTRACE_ATTACH
#define PT_DETACH PTRACE_DETACH
#ifndef PTRACE_PEEKUSER
#define PTRACE_PEEKUSER PTRACE_PEEKUSR
#define PTRACE_POKEUSER PTRACE_POKEUSR
#endif

__PURE_BEGIN_DECLS
long ptrace(int __request, ...);
__PURE_END_DECLS

#endif
