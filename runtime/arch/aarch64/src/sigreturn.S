// The signal restorer (SA_RESTORER): a handler returns here and rt_sigreturn restores the
// interrupted context. Unwinders recognise exactly this instruction sequence.
#include <asm/unistd.h>
	.text
	.globl __pure_restore_rt
	.hidden __pure_restore_rt
	.type __pure_restore_rt, %function
	.p2align 2
	nop                             // unwinders look one instruction before the return address
__pure_restore_rt:
	mov x8, #__NR_rt_sigreturn
	svc #0
	brk #0
	.size __pure_restore_rt, . - __pure_restore_rt
	.section .note.GNU-stack, "", %progbits
