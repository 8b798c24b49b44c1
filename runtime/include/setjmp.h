/* pure libc: <setjmp.h> - non-local jumps. */
#ifndef _SETJMP_H
#define _SETJMP_H
#include <features.h>
#include <bits/setjmp.h>
#include <bits/types/sigset_t.h>

__PURE_BEGIN_DECLS

/* One layout for jmp_buf and sigjmp_buf: the registers, whether sigsetjmp saved the
   signal mask, and the mask. */
typedef struct __jmp_buf_tag {
  __jmp_buf __regs;
  unsigned long __mask_saved;
  sigset_t __mask;
} jmp_buf[1];

int setjmp(jmp_buf __env) __attribute__((__returns_twice__));
__PURE_NORETURN void longjmp(jmp_buf __env, int __val);

#if __PURE_POSIX
typedef jmp_buf sigjmp_buf;
int sigsetjmp(sigjmp_buf __env, int __savemask) __attribute__((__returns_twice__));
__PURE_NORETURN void siglongjmp(sigjmp_buf __env, int __val);
#endif
#if __PURE_XOPEN || __PURE_DEFAULT
int _setjmp(jmp_buf __env) __attribute__((__returns_twice__));
__PURE_NORETURN void _longjmp(jmp_buf __env, int __val);
#endif

#define setjmp setjmp

__PURE_END_DECLS
#endif
