// Program entry for static PIE executables: relocate the program for the address it was
// loaded at, then start it exactly as crt1.S does.
	.text
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp                 // outermost frame, for debuggers and unwinders
	mov %rsp, %rbx                 // callee-saved: the initial stack survives the call
	and $-16, %rsp
	mov %rbx, %rdi
	call __pure_relocate           // PC-relative: needs no relocation itself
	mov %rbx, %rdi
	lea main(%rip), %rsi
	call __pure_start_main
	hlt
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits
