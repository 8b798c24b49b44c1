// Program entry for static executables: hand the initial stack (argc, argv, envp, auxv)
// and main to __pure_start_main, which never returns.
	.text
	.globl _start
	.type _start, @function
_start:
	xor %ebp, %ebp                 // outermost frame, for debuggers and unwinders
	mov %rsp, %rdi
	lea main(%rip), %rsi
	and $-16, %rsp                 // the ABI wants 16-byte alignment at a call
	call __pure_start_main
	hlt
	.size _start, . - _start
	.section .note.GNU-stack, "", @progbits
