// Program entry for static PIE executables: relocate the program for the address it was
// loaded at, then start it exactly as crt1.S does.
	.text
	.globl _start
	.type _start, %function
	.p2align 2
_start:
	mov x29, #0                    // outermost frame, for debuggers and unwinders
	mov x30, #0
	mov x19, sp                    // callee-saved: the initial stack survives the call
	and x2, x19, #-16
	mov sp, x2
	mov x0, x19
	bl __pure_relocate             // PC-relative: needs no relocation itself
	mov x0, x19
	adrp x1, main
	add x1, x1, :lo12:main
	bl __pure_start_main
	brk #0
	.size _start, . - _start
	.section .note.GNU-stack, "", %progbits
