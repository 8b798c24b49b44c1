// setjmp/longjmp: save and restore the callee-saved registers, the stack pointer and the
// return address (the layout of bits/setjmp.h; the mask-saved flag follows at 64).
#include <asm/unistd.h>

	.text
	.globl setjmp, _setjmp, sigsetjmp, _longjmp, __pure_longjmp
	.hidden __pure_longjmp
	.type setjmp, @function
	.type _setjmp, @function
	.type sigsetjmp, @function
	.type _longjmp, @function
	.type __pure_longjmp, @function

// int sigsetjmp(sigjmp_buf env, int savemask): the registers, then (if asked) the mask,
// saved by a C helper that returns 0 straight to our caller.
sigsetjmp:
	mov %rbx, (%rdi)
	mov %rbp, 8(%rdi)
	mov %r12, 16(%rdi)
	mov %r13, 24(%rdi)
	mov %r14, 32(%rdi)
	mov %r15, 40(%rdi)
	lea 8(%rsp), %rdx
	mov %rdx, 48(%rdi)
	mov (%rsp), %rdx
	mov %rdx, 56(%rdi)
	movslq %esi, %rsi
	mov %rsi, 64(%rdi)
	test %esi, %esi
	jnz __pure_sigsetjmp_save
	xor %eax, %eax
	ret
	.size sigsetjmp, . - sigsetjmp

setjmp:
_setjmp:
	mov %rbx, (%rdi)
	mov %rbp, 8(%rdi)
	mov %r12, 16(%rdi)
	mov %r13, 24(%rdi)
	mov %r14, 32(%rdi)
	mov %r15, 40(%rdi)
	lea 8(%rsp), %rdx               // the caller's stack pointer once we return
	mov %rdx, 48(%rdi)
	mov (%rsp), %rdx                // where we return to
	mov %rdx, 56(%rdi)
	movq $0, 64(%rdi)               // no signal mask saved
	xor %eax, %eax
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp

// Registers only; longjmp and siglongjmp (C) restore the mask first when one was saved.
_longjmp:
__pure_longjmp:
	mov %esi, %eax
	test %eax, %eax                 // setjmp must not appear to return 0 twice
	jnz 1f
	inc %eax
1:	mov (%rdi), %rbx
	mov 8(%rdi), %rbp
	mov 16(%rdi), %r12
	mov 24(%rdi), %r13
	mov 32(%rdi), %r14
	mov 40(%rdi), %r15
	mov 48(%rdi), %rsp
	jmp *56(%rdi)
	.size _longjmp, . - _longjmp
	.size __pure_longjmp, . - __pure_longjmp
	.section .note.GNU-stack, "", @progbits
