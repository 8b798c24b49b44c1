// setjmp/longjmp: save and restore x19..x30, sp and d8..d15 (the layout of bits/setjmp.h;
// the mask-saved flag follows at 176).
	.text
	.globl setjmp, _setjmp, sigsetjmp, _longjmp, __pure_longjmp
	.hidden __pure_longjmp
	.type setjmp, %function
	.type _setjmp, %function
	.type sigsetjmp, %function
	.type _longjmp, %function
	.type __pure_longjmp, %function
	.p2align 2

.macro SAVE_REGS
	stp x19, x20, [x0, #0]
	stp x21, x22, [x0, #16]
	stp x23, x24, [x0, #32]
	stp x25, x26, [x0, #48]
	stp x27, x28, [x0, #64]
	stp x29, x30, [x0, #80]
	mov x2, sp
	str x2, [x0, #96]
	stp d8, d9, [x0, #104]
	stp d10, d11, [x0, #120]
	stp d12, d13, [x0, #136]
	stp d14, d15, [x0, #152]
.endm

// int sigsetjmp(sigjmp_buf env, int savemask): the registers, then (if asked) the mask,
// saved by a C helper that returns 0 straight to our caller (x30 is untouched).
sigsetjmp:
	SAVE_REGS
	sxtw x1, w1
	str x1, [x0, #176]
	cbnz x1, __pure_sigsetjmp_save
	mov x0, #0
	ret
	.size sigsetjmp, . - sigsetjmp

setjmp:
_setjmp:
	SAVE_REGS
	str xzr, [x0, #176]             // no signal mask saved
	mov x0, #0
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp

// Registers only; longjmp and siglongjmp (C) restore the mask first when one was saved.
_longjmp:
__pure_longjmp:
	ldp x19, x20, [x0, #0]
	ldp x21, x22, [x0, #16]
	ldp x23, x24, [x0, #32]
	ldp x25, x26, [x0, #48]
	ldp x27, x28, [x0, #64]
	ldp x29, x30, [x0, #80]
	ldr x2, [x0, #96]
	mov sp, x2
	ldp d8, d9, [x0, #104]
	ldp d10, d11, [x0, #120]
	ldp d12, d13, [x0, #136]
	ldp d14, d15, [x0, #152]
	cmp w1, #0                      // setjmp must not appear to return 0 twice
	csinc w0, w1, wzr, ne
	ret
	.size _longjmp, . - _longjmp
	.size __pure_longjmp, . - __pure_longjmp
	.section .note.GNU-stack, "", %progbits
