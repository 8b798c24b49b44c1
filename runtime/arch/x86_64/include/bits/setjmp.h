/* x86_64 jmp_buf: rbx, rbp, r12, r13, r14, r15, rsp, return address. Included by
   <setjmp.h>; do not include directly. */
#ifndef _BITS_SETJMP_H
#define _BITS_SETJMP_H
typedef unsigned long __jmp_buf[8];
#endif
