// Thread creation and the last act of a detached thread. Both must control the stack
// exactly, which C cannot.
#include <asm/unistd.h>

// long __pure_clone(int (*fn)(void *), void *stack, unsigned long flags, void *arg,
//                   int *parent_tid, void *tls, int *child_tid)
// Returns the child's tid (or -errno) in the parent; the child runs fn(arg) on `stack`
// and exits with its return value.
	.text
	.globl __pure_clone
	.hidden __pure_clone
	.type __pure_clone, %function
	.p2align 2
__pure_clone:
	and x1, x1, #-16               // the child starts with an aligned stack holding fn, arg
	stp x0, x3, [x1, #-16]!
	mov x0, x2                     // kernel order: flags, stack, parent_tid, tls, child_tid
	mov x2, x4
	mov x3, x5
	mov x4, x6
	mov x8, #__NR_clone
	svc #0
	cbz x0, 1f
	ret
1:	ldp x1, x0, [sp], #16          // child: fn, arg
	mov x29, #0                    // outermost frame
	mov x30, #0
	blr x1
	mov x8, #__NR_exit
	svc #0
	brk #0
	.size __pure_clone, . - __pure_clone

// [[noreturn]] void __pure_unmap_and_exit(void *base, size_t size)
// Frees the calling thread's own stack and exits without touching memory in between.
	.globl __pure_unmap_and_exit
	.hidden __pure_unmap_and_exit
	.type __pure_unmap_and_exit, %function
	.p2align 2
__pure_unmap_and_exit:
	mov x8, #__NR_munmap
	svc #0
	mov x0, #0
	mov x8, #__NR_exit
	svc #0
	brk #0
	.size __pure_unmap_and_exit, . - __pure_unmap_and_exit
	.section .note.GNU-stack, "", %progbits
