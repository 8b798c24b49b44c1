/* pty.h: open a pseudo-terminal pair (openpty), or fork a child on a new one (forkpty).
   In libc.a; libutil.a is empty so -lutil still links. */
#ifndef _PTY_H
#define _PTY_H
#include <features.h>
#include <sys/ioctl.h>
#include <termios.h>

__PURE_BEGIN_DECLS
int openpty(int *__master, int *__slave, char *__name, const struct termios *__termp,
            const struct winsize *__winp);
pid_t forkpty(int *__master, char *__name, const struct termios *__termp, const struct winsize *__winp);
__PURE_END_DECLS

#endif
