/* aarch64 jmp_buf: x19..x30, sp, d8..d15 (the callee-saved state of AAPCS64), and a
   spare slot to keep it a multiple of 16 bytes. Included by <setjmp.h>; do not include
   directly. */
#ifndef _BITS_SETJMP_H
#define _BITS_SETJMP_H
typedef unsigned long __jmp_buf[22];
#endif
