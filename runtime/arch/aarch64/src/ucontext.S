// getcontext, setcontext, swapcontext and makecontext's return trampoline. Offsets are
// those of ucontext_t in bits/signal.h (the kernel's layout; checked in makecontext.cpp).
// The FP state is kept as the kernel's first __reserved record (struct fpsimd_context),
// so signal-handler contexts and ours read the same way.
#include <asm/unistd.h>

#define UC_SIGMASK 40
#define UC_X0 184
#define UC_X19 (UC_X0 + 19 * 8)
#define UC_SP 432
#define UC_PC 440
#define UC_FPSIMD 464             // struct fpsimd_context: magic, size, fpsr, fpcr, vregs[32]
#define FPSIMD_FPSR (UC_FPSIMD + 8)
#define FPSIMD_V8 (UC_FPSIMD + 16 + 8 * 16)
#define FPSIMD_SIZE 528
#define FPSIMD_MAGIC_LO 0x8001    // FPSIMD_MAGIC 0x46508001 (asserted in makecontext.cpp)
#define FPSIMD_MAGIC_HI 0x4650

// Saves x19..x30, sp, the caller's pc, d8..d15 and FPSR/FPCR into x0's context; the
// context resumes by returning 0 from this call. Clobbers x9, x10.
.macro SAVE_CONTEXT
	stp x19, x20, [x0, #UC_X19]
	stp x21, x22, [x0, #UC_X19 + 16]
	stp x23, x24, [x0, #UC_X19 + 32]
	stp x25, x26, [x0, #UC_X19 + 48]
	stp x27, x28, [x0, #UC_X19 + 64]
	stp x29, x30, [x0, #UC_X19 + 80]
	mov x9, sp
	stp x9, x30, [x0, #UC_SP]
	str xzr, [x0, #UC_X0]
	movz w9, #FPSIMD_MAGIC_LO
	movk w9, #FPSIMD_MAGIC_HI, lsl #16
	mov w10, #FPSIMD_SIZE
	str w9, [x0, #UC_FPSIMD]
	str w10, [x0, #UC_FPSIMD + 4]
	mrs x9, fpsr
	mrs x10, fpcr
	str w9, [x0, #FPSIMD_FPSR]
	str w10, [x0, #FPSIMD_FPSR + 4]
	add x9, x0, #FPSIMD_V8
	str d8, [x9]
	str d9, [x9, #16]
	str d10, [x9, #32]
	str d11, [x9, #48]
	str d12, [x9, #64]
	str d13, [x9, #80]
	str d14, [x9, #96]
	str d15, [x9, #112]
	add x9, x0, #(UC_FPSIMD + FPSIMD_SIZE)
	str xzr, [x9]                   // the terminating empty record
.endm

	.text
	.globl getcontext, setcontext, swapcontext
	.type getcontext, %function
	.type setcontext, %function
	.type swapcontext, %function
	.p2align 2

// int getcontext(ucontext_t *ucp)
getcontext:
	SAVE_CONTEXT
	add x2, x0, #UC_SIGMASK         // rt_sigprocmask(SIG_BLOCK, NULL, &ucp->uc_sigmask, 8)
	mov x0, #0
	mov x1, #0
	mov x3, #8
	mov x8, #__NR_rt_sigprocmask
	svc #0
	cbnz x0, 1f
	ret
1:	b __pure_context_fail
	.size getcontext, . - getcontext

// int setcontext(const ucontext_t *ucp): the mask first, so a failure returns to the caller.
setcontext:
	mov x9, x0                      // the kernel preserves x1..x30
	add x1, x0, #UC_SIGMASK         // rt_sigprocmask(SIG_SETMASK, &ucp->uc_sigmask, NULL, 8)
	mov x0, #2
	mov x2, #0
	mov x3, #8
	mov x8, #__NR_rt_sigprocmask
	svc #0
	cbnz x0, 2f
// Loads the context at x9 and branches to it (the mask is already in place).
load_context:
	ldr w10, [x9, #UC_FPSIMD]
	movz w11, #FPSIMD_MAGIC_LO
	movk w11, #FPSIMD_MAGIC_HI, lsl #16
	cmp w10, w11
	b.ne 1f
	ldr w10, [x9, #FPSIMD_FPSR]
	ldr w11, [x9, #FPSIMD_FPSR + 4]
	msr fpsr, x10
	msr fpcr, x11
	add x10, x9, #FPSIMD_V8
	ldr d8, [x10]
	ldr d9, [x10, #16]
	ldr d10, [x10, #32]
	ldr d11, [x10, #48]
	ldr d12, [x10, #64]
	ldr d13, [x10, #80]
	ldr d14, [x10, #96]
	ldr d15, [x10, #112]
1:	ldp x19, x20, [x9, #UC_X19]
	ldp x21, x22, [x9, #UC_X19 + 16]
	ldp x23, x24, [x9, #UC_X19 + 32]
	ldp x25, x26, [x9, #UC_X19 + 48]
	ldp x27, x28, [x9, #UC_X19 + 64]
	ldp x29, x30, [x9, #UC_X19 + 80]
	ldp x10, x16, [x9, #UC_SP]
	mov sp, x10
	ldp x0, x1, [x9, #UC_X0]        // makecontext's arguments (x0 = 0 for getcontext's)
	ldp x2, x3, [x9, #UC_X0 + 16]
	ldp x4, x5, [x9, #UC_X0 + 32]
	ldp x6, x7, [x9, #UC_X0 + 48]
	br x16
2:	b __pure_context_fail
	.size setcontext, . - setcontext

// int swapcontext(ucontext_t *oucp, const ucontext_t *ucp)
swapcontext:
	SAVE_CONTEXT
	mov x9, x1
	add x2, x0, #UC_SIGMASK         // rt_sigprocmask(SIG_SETMASK, &ucp->uc_sigmask, &oucp->uc_sigmask, 8)
	add x1, x1, #UC_SIGMASK
	mov x0, #2
	mov x3, #8
	mov x8, #__NR_rt_sigprocmask
	svc #0
	cbz x0, load_context
	b __pure_context_fail
	.size swapcontext, . - swapcontext

// A makecontext function returns here, with uc_link in x19 (set by makecontext).
	.globl __pure_context_start
	.hidden __pure_context_start
	.type __pure_context_start, %function
__pure_context_start:
	cbz x19, 1f
	mov x0, x19
	bl setcontext
1:	bl __pure_context_exit
	brk #0
	.size __pure_context_start, . - __pure_context_start
	.section .note.GNU-stack, "", %progbits
