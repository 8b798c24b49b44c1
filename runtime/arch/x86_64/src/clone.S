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
	.type __pure_clone, @function
__pure_clone:
	and $-16, %rsi                 // the child starts with an aligned stack holding fn, arg
	sub $16, %rsi
	mov %rdi, (%rsi)
	mov %rcx, 8(%rsi)
	mov %rdx, %rdi                 // kernel order: flags, stack, parent_tid, child_tid, tls
	mov %r8, %rdx
	mov 8(%rsp), %r10
	mov %r9, %r8
	mov $__NR_clone, %eax
	syscall
	test %rax, %rax
	jz 1f
	ret
1:	xor %ebp, %ebp                 // child: outermost frame
	pop %rax
	pop %rdi
	call *%rax
	mov %eax, %edi
	mov $__NR_exit, %eax
	syscall
	hlt
	.size __pure_clone, . - __pure_clone

// [[noreturn]] void __pure_unmap_and_exit(void *base, size_t size)
// Frees the calling thread's own stack and exits without touching memory in between.
	.globl __pure_unmap_and_exit
	.hidden __pure_unmap_and_exit
	.type __pure_unmap_and_exit, @function
__pure_unmap_and_exit:
	mov $__NR_munmap, %eax
	syscall
	xor %edi, %edi
	mov $__NR_exit, %eax
	syscall
	hlt
	.size __pure_unmap_and_exit, . - __pure_unmap_and_exit
	.section .note.GNU-stack, "", @progbits
