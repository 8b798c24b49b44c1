// The signal restorer (SA_RESTORER): a handler returns here and rt_sigreturn restores the
// interrupted context. Unwinders recognise exactly this instruction sequence.
#include <asm/unistd.h>
	.text
	.globl __pure_restore_rt
	.hidden __pure_restore_rt
	.type __pure_restore_rt, @function
	nop                             // unwinders look one byte before the return address
__pure_restore_rt:
	mov $__NR_rt_sigreturn, %rax
	syscall
	hlt
	.size __pure_restore_rt, . - __pure_restore_rt
	.section .note.GNU-stack, "", @progbits
