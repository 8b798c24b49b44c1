// Epilogues of _init/_fini (see crti.S).
	.section .init, "ax", @progbits
	pop %rax
	ret
	.section .fini, "ax", @progbits
	pop %rax
	ret
	.section .note.GNU-stack, "", @progbits
