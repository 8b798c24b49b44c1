// getcontext, setcontext, swapcontext and makecontext's return trampoline. Offsets are
// those of ucontext_t in bits/signal.h (the kernel's layout; checked in makecontext.cpp).
#include <asm/unistd.h>

#define UC_GREGS 40
#define R8 (UC_GREGS + 0 * 8)
#define R9 (UC_GREGS + 1 * 8)
#define R12 (UC_GREGS + 4 * 8)
#define R13 (UC_GREGS + 5 * 8)
#define R14 (UC_GREGS + 6 * 8)
#define R15 (UC_GREGS + 7 * 8)
#define RDI (UC_GREGS + 8 * 8)
#define RSI (UC_GREGS + 9 * 8)
#define RBP (UC_GREGS + 10 * 8)
#define RBX (UC_GREGS + 11 * 8)
#define RDX (UC_GREGS + 12 * 8)
#define RAX (UC_GREGS + 13 * 8)
#define RCX (UC_GREGS + 14 * 8)
#define RSP (UC_GREGS + 15 * 8)
#define RIP (UC_GREGS + 16 * 8)
#define UC_FPREGS 224
#define UC_SIGMASK 296
#define UC_FPMEM 424
#define FP_MXCSR 24

// Saves the callee-saved registers, the caller's view of rsp/rip and the FP control
// state of %rdi's context; the context resumes by returning 0 from this call.
.macro SAVE_CONTEXT
	mov %rbx, RBX(%rdi)
	mov %rbp, RBP(%rdi)
	mov %r12, R12(%rdi)
	mov %r13, R13(%rdi)
	mov %r14, R14(%rdi)
	mov %r15, R15(%rdi)
	movq $0, RAX(%rdi)
	mov (%rsp), %rax
	mov %rax, RIP(%rdi)
	lea 8(%rsp), %rax
	mov %rax, RSP(%rdi)
	lea UC_FPMEM(%rdi), %rax
	mov %rax, UC_FPREGS(%rdi)
	fnstcw UC_FPMEM(%rdi)
	stmxcsr (UC_FPMEM + FP_MXCSR)(%rdi)
.endm

	.text
	.globl getcontext, setcontext, swapcontext
	.type getcontext, @function
	.type setcontext, @function
	.type swapcontext, @function

// int getcontext(ucontext_t *ucp)
getcontext:
	SAVE_CONTEXT
	lea UC_SIGMASK(%rdi), %rdx      // rt_sigprocmask(SIG_BLOCK, NULL, &ucp->uc_sigmask, 8)
	xor %esi, %esi
	xor %edi, %edi
	mov $8, %r10d
	mov $__NR_rt_sigprocmask, %eax
	syscall
	test %rax, %rax
	jnz 1f
	ret
1:	mov %rax, %rdi
	jmp __pure_context_fail
	.size getcontext, . - getcontext

// int setcontext(const ucontext_t *ucp): the mask first, so a failure returns to the caller.
setcontext:
	push %rdi
	lea UC_SIGMASK(%rdi), %rsi      // rt_sigprocmask(SIG_SETMASK, &ucp->uc_sigmask, NULL, 8)
	xor %edx, %edx
	mov $2, %edi
	mov $8, %r10d
	mov $__NR_rt_sigprocmask, %eax
	syscall
	pop %rdi
	test %rax, %rax
	jnz 2f
// Loads the context at %rdi and jumps to it (the mask is already in place). The jump goes
// through r11 so nothing is written below the target's stack pointer.
load_context:
	mov UC_FPREGS(%rdi), %rax
	test %rax, %rax
	jz 1f
	fldcw (%rax)
	ldmxcsr FP_MXCSR(%rax)
1:	mov RBX(%rdi), %rbx
	mov RBP(%rdi), %rbp
	mov R12(%rdi), %r12
	mov R13(%rdi), %r13
	mov R14(%rdi), %r14
	mov R15(%rdi), %r15
	mov RSP(%rdi), %rsp
	mov RIP(%rdi), %r11
	mov RSI(%rdi), %rsi            // makecontext's arguments
	mov RDX(%rdi), %rdx
	mov RCX(%rdi), %rcx
	mov R8(%rdi), %r8
	mov R9(%rdi), %r9
	mov RDI(%rdi), %rdi
	xor %eax, %eax
	jmp *%r11
2:	mov %rax, %rdi
	jmp __pure_context_fail
	.size setcontext, . - setcontext

// int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
swapcontext:
	SAVE_CONTEXT
	mov %rsi, %r12                  // saved above; the kernel keeps it across the call
	lea UC_SIGMASK(%rdi), %rdx      // rt_sigprocmask(SIG_SETMASK, &ucp->uc_sigmask, &oucp->uc_sigmask, 8)
	lea UC_SIGMASK(%rsi), %rsi
	mov $2, %edi
	mov $8, %r10d
	mov $__NR_rt_sigprocmask, %eax
	syscall
	test %rax, %rax
	jnz 1f
	mov %r12, %rdi
	jmp load_context
1:	mov (R12 - UC_SIGMASK)(%rdx), %r12
	mov %rax, %rdi
	jmp __pure_context_fail
	.size swapcontext, . - swapcontext

// A makecontext function returns here, with uc_link in rbx (set by makecontext).
	.globl __pure_context_start
	.hidden __pure_context_start
	.type __pure_context_start, @function
__pure_context_start:
	test %rbx, %rbx
	jz 1f
	mov %rbx, %rdi
	call setcontext
1:	call __pure_context_exit
	hlt
	.size __pure_context_start, . - __pure_context_start
	.section .note.GNU-stack, "", @progbits
