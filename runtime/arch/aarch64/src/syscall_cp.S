// The system call of a cancellation point. A cancellation must act if it is pending
// before the call enters the kernel, or arrives while the call blocks, but never once the
// call has completed (its effect, say data read, would be lost). The cancellation signal's
// handler therefore looks at the interrupted program counter: anywhere in
// [__pure_cp_begin, __pure_cp_end) the call has not happened yet, or the kernel has
// rewound the program counter to the svc instruction to restart it.
#include <asm/unistd.h>

// long __pure_syscall_cp(const int *pending, long number, long a, long b, long c, long d,
//                        long e, long f)
// Returns what the kernel returns; branches to __pure_cancel_now instead when *pending is set.
	.text
	.globl __pure_syscall_cp
	.hidden __pure_syscall_cp
	.type __pure_syscall_cp, %function
	.p2align 2
__pure_syscall_cp:
	mov x9, x0                     // pending
	mov x8, x1                     // kernel order: number in x8, arguments in x0..x5
	mov x0, x2
	mov x1, x3
	mov x2, x4
	mov x3, x5
	mov x4, x6
	mov x5, x7
	.globl __pure_cp_begin
	.hidden __pure_cp_begin
__pure_cp_begin:
	ldr w10, [x9]
	cbnz w10, 1f
	svc #0
	.globl __pure_cp_end
	.hidden __pure_cp_end
__pure_cp_end:
	ret
1:	b __pure_cancel_now            // as if our caller had called it
	.size __pure_syscall_cp, . - __pure_syscall_cp
	.section .note.GNU-stack, "", %progbits
