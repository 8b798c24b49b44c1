// The system call of a cancellation point. A cancellation must act if it is pending
// before the call enters the kernel, or arrives while the call blocks, but never once the
// call has completed (its effect, say data read, would be lost). The cancellation signal's
// handler therefore looks at the interrupted program counter: anywhere in
// [__pure_cp_begin, __pure_cp_end) the call has not happened yet, or the kernel has
// rewound the program counter to the syscall instruction to restart it.
#include <asm/unistd.h>

// long __pure_syscall_cp(const int *pending, long number, long a, long b, long c, long d,
//                        long e, long f)
// Returns what the kernel returns; jumps to __pure_cancel_now instead when *pending is set.
	.text
	.globl __pure_syscall_cp
	.hidden __pure_syscall_cp
	.type __pure_syscall_cp, @function
__pure_syscall_cp:
	mov %rdi, %r11                 // pending (r11 is free until the syscall clobbers it)
	mov %rsi, %rax                 // kernel order: number in rax, then rdi rsi rdx r10 r8 r9
	mov %rdx, %rdi
	mov %rcx, %rsi
	mov %r8, %rdx
	mov %r9, %r10
	mov 8(%rsp), %r8
	mov 16(%rsp), %r9
	.globl __pure_cp_begin
	.hidden __pure_cp_begin
__pure_cp_begin:
	cmpl $0, (%r11)
	jne 1f
	syscall
	.globl __pure_cp_end
	.hidden __pure_cp_end
__pure_cp_end:
	ret
1:	jmp __pure_cancel_now          // as if our caller had called it
	.size __pure_syscall_cp, . - __pure_syscall_cp
	.section .note.GNU-stack, "", @progbits
