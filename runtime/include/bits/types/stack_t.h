#ifndef __PURE_TYPE_STACK_T
#define __PURE_TYPE_STACK_T
/* The kernel's stack_t (sigaltstack, ucontext). */
typedef struct { void *ss_sp; int ss_flags; __SIZE_TYPE__ ss_size; } stack_t;
#endif
