// _init/_fini prologues; crtn.S closes them. Kept for objects that still put code in
// .init/.fini; start-up calls _init before the init_array and _fini after the fini_array.
	.section .init, "ax", @progbits
	.globl _init
	.type _init, @function
_init:
	push %rax
	.section .fini, "ax", @progbits
	.globl _fini
	.type _fini, @function
_fini:
	push %rax
	.section .note.GNU-stack, "", @progbits
