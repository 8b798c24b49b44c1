// Program entry for static executables: hand the initial stack (argc, argv, envp, auxv)
// and main to __pure_start_main, which never returns.
	.text
	.globl _start
	.type _start, %function
_start:
	mov x29, #0                    // outermost frame, for debuggers and unwinders
	mov x30, #0
	mov x0, sp
	adrp x1, main
	add x1, x1, :lo12:main
	and x2, x0, #-16
	mov sp, x2
	bl __pure_start_main
	brk #0
	.size _start, . - _start
	.section .note.GNU-stack, "", %progbits
