/* sys/wait.h: waiting for child processes. */
#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H
#include <features.h>
#include <bits/types/id_t.h>
#include <bits/types/pid_t.h>
#include <bits/types/siginfo_t.h>
#include <signal.h>

/* waitpid() options. */
#define WNOHANG 0x00000001
#define WUNTRACED 0x00000002
/* waitid() options. */
#define WSTOPPED WUNTRACED
#define WEXITED 0x00000004
#define WCONTINUED 0x00000008
#define WNOWAIT 0x01000000
#define __WNOTHREAD 0x20000000
#define __WALL 0x40000000
#define __WCLONE 0x80000000

/* Decoding the status word: exit code in bits 8-15, terminating signal in bits 0-6,
   0x80 core dump, 0x7f in the low byte for a stopped child, 0xffff for a continued one. */
#define WEXITSTATUS(s) (((s) & 0xff00) >> 8)
#define WTERMSIG(s) ((s) & 0x7f)
#define WSTOPSIG(s) WEXITSTATUS(s)
#define WIFEXITED(s) (WTERMSIG(s) == 0)
#define WIFSTOPPED(s) (((s) & 0xff) == 0x7f)
/* Signal numbers 1..126: adding 1 maps 0 to 1 and 0x7f to -128 as a signed char, so the
   shifted value is positive exactly for a real signal (evaluating s once). */
#define WIFSIGNALED(s) (((signed char)(((s) & 0x7f) + 1) >> 1) > 0)
#define WIFCONTINUED(s) ((s) == 0xffff)
#if __PURE_DEFAULT
#define WCOREDUMP(s) ((s) & 0x80)
#define WCOREFLAG 0x80
#define W_EXITCODE(ret, sig) ((ret) << 8 | (sig))
#define W_STOPCODE(sig) ((sig) << 8 | 0x7f)
#endif

typedef enum { P_ALL = 0, P_PID = 1, P_PGID = 2, P_PIDFD = 3 } idtype_t;

struct rusage;

__PURE_BEGIN_DECLS

pid_t wait(int *__status);
pid_t waitpid(pid_t __pid, int *__status, int __options);
int waitid(idtype_t __idtype, id_t __id, siginfo_t *__info, int __options);

#if __PURE_DEFAULT
pid_t wait3(int *__status, int __options, struct rusage *__usage);
pid_t wait4(pid_t __pid, int *__status, int __options, struct rusage *__usage);
#endif

__PURE_END_DECLS

#endif
