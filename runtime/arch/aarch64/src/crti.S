// _init/_fini prologues; crtn.S closes them. Kept for objects that still put code in
// .init/.fini; start-up calls _init before the init_array and _fini after the fini_array.
	.section .init, "ax", %progbits
	.globl _init
	.type _init, %function
	.p2align 2
_init:
	stp x29, x30, [sp, #-16]!
	mov x29, sp
	.section .fini, "ax", %progbits
	.globl _fini
	.type _fini, %function
	.p2align 2
_fini:
	stp x29, x30, [sp, #-16]!
	mov x29, sp
	.section .note.GNU-stack, "", %progbits
