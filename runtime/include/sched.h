/* pure libc: <sched.h> - scheduling, and (with _GNU_SOURCE) CPU sets and clone. */
#ifndef _SCHED_H
#define _SCHED_H
#include <features.h>
#include <bits/types/pid_t.h>
#include <bits/types/size_t.h>
#include <bits/types/time_t.h>
#include <bits/types/struct_timespec.h>

__PURE_BEGIN_DECLS

struct sched_param {
  int sched_priority;
};

#define SCHED_OTHER 0
#define SCHED_FIFO 1
#define SCHED_RR 2
#if __PURE_GNU || __PURE_DEFAULT
#define SCHED_BATCH 3
#define SCHED_IDLE 5
#define SCHED_DEADLINE 6
#define SCHED_RESET_ON_FORK 0x40000000
#endif

int sched_yield(void);
int sched_get_priority_max(int __policy);
int sched_get_priority_min(int __policy);
int sched_getparam(pid_t __pid, struct sched_param *__param);
int sched_setparam(pid_t __pid, const struct sched_param *__param);
int sched_getscheduler(pid_t __pid);
int sched_setscheduler(pid_t __pid, int __policy, const struct sched_param *__param);
int sched_rr_get_interval(pid_t __pid, struct timespec *__interval);

#if __PURE_GNU
/* Flags of clone() and unshare(), as the kernel defines them. */
#define CSIGNAL 0x000000ff
#define CLONE_VM 0x00000100
#define CLONE_FS 0x00000200
#define CLONE_FILES 0x00000400
#define CLONE_SIGHAND 0x00000800
#define CLONE_PIDFD 0x00001000
#define CLONE_PTRACE 0x00002000
#define CLONE_VFORK 0x00004000
#define CLONE_PARENT 0x00008000
#define CLONE_THREAD 0x00010000
#define CLONE_NEWNS 0x00020000
#define CLONE_SYSVSEM 0x00040000
#define CLONE_SETTLS 0x00080000
#define CLONE_PARENT_SETTID 0x00100000
#define CLONE_CHILD_CLEARTID 0x00200000
#define CLONE_DETACHED 0x00400000
#define CLONE_UNTRACED 0x00800000
#define CLONE_CHILD_SETTID 0x01000000
#define CLONE_NEWCGROUP 0x02000000
#define CLONE_NEWUTS 0x04000000
#define CLONE_NEWIPC 0x08000000
#define CLONE_NEWUSER 0x10000000
#define CLONE_NEWPID 0x20000000
#define CLONE_NEWNET 0x40000000
#define CLONE_IO 0x80000000
#define CLONE_NEWTIME 0x00000080

int clone(int (*__fn)(void *), void *__stack, int __flags, void *__arg, ...);
int unshare(int __flags);
int setns(int __fd, int __nstype);
int sched_getcpu(void);

/* CPU sets: a bit mask of 1024 CPUs; the _S forms take a size in bytes, for sets from
   CPU_ALLOC. */
#define CPU_SETSIZE 1024
#define __CPU_BITS (8 * sizeof(unsigned long))
typedef struct {
  unsigned long __bits[CPU_SETSIZE / (8 * sizeof(unsigned long))];
} cpu_set_t;

int __sched_cpucount(size_t __size, const cpu_set_t *__set);
cpu_set_t *__sched_cpualloc(size_t __count);
void __sched_cpufree(cpu_set_t *__set);

#define CPU_ALLOC_SIZE(count) \
  ((((size_t)(count) + __CPU_BITS - 1) / __CPU_BITS) * sizeof(unsigned long))
#define CPU_ALLOC(count) __sched_cpualloc(count)
#define CPU_FREE(set) __sched_cpufree(set)

#define CPU_ZERO_S(size, set) __builtin_memset((set), 0, (size))
#define CPU_SET_S(cpu, size, set)                                                      \
  ((size_t)(cpu) / 8 < (size_t)(size)                                                  \
       ? ((set)->__bits[(size_t)(cpu) / __CPU_BITS] |= 1UL << ((size_t)(cpu) % __CPU_BITS)) \
       : 0)
#define CPU_CLR_S(cpu, size, set)                                                      \
  ((size_t)(cpu) / 8 < (size_t)(size)                                                  \
       ? ((set)->__bits[(size_t)(cpu) / __CPU_BITS] &= ~(1UL << ((size_t)(cpu) % __CPU_BITS))) \
       : 0)
#define CPU_ISSET_S(cpu, size, set)                                                    \
  ((size_t)(cpu) / 8 < (size_t)(size)                                                  \
       ? (((set)->__bits[(size_t)(cpu) / __CPU_BITS] >> ((size_t)(cpu) % __CPU_BITS)) & 1) != 0 \
       : 0)
#define CPU_COUNT_S(size, set) __sched_cpucount((size), (set))
#define __CPU_OP_S(size, dst, a, b, op)                                                \
  do {                                                                                 \
    size_t __i;                                                                        \
    for (__i = 0; __i < (size) / sizeof(unsigned long); __i++)                         \
      (dst)->__bits[__i] = (a)->__bits[__i] op (b)->__bits[__i];                       \
  } while (0)
#define CPU_AND_S(size, dst, a, b) __CPU_OP_S(size, dst, a, b, &)
#define CPU_OR_S(size, dst, a, b) __CPU_OP_S(size, dst, a, b, |)
#define CPU_XOR_S(size, dst, a, b) __CPU_OP_S(size, dst, a, b, ^)
#define CPU_EQUAL_S(size, a, b) (__builtin_memcmp((a), (b), (size)) == 0)

#define CPU_ZERO(set) CPU_ZERO_S(sizeof(cpu_set_t), set)
#define CPU_SET(cpu, set) CPU_SET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_CLR(cpu, set) CPU_CLR_S(cpu, sizeof(cpu_set_t), set)
#define CPU_ISSET(cpu, set) CPU_ISSET_S(cpu, sizeof(cpu_set_t), set)
#define CPU_COUNT(set) CPU_COUNT_S(sizeof(cpu_set_t), set)
#define CPU_AND(dst, a, b) CPU_AND_S(sizeof(cpu_set_t), dst, a, b)
#define CPU_OR(dst, a, b) CPU_OR_S(sizeof(cpu_set_t), dst, a, b)
#define CPU_XOR(dst, a, b) CPU_XOR_S(sizeof(cpu_set_t), dst, a, b)
#define CPU_EQUAL(a, b) CPU_EQUAL_S(sizeof(cpu_set_t), a, b)

int sched_setaffinity(pid_t __pid, size_t __size, const cpu_set_t *__set);
int sched_getaffinity(pid_t __pid, size_t __size, cpu_set_t *__set);
#endif

__PURE_END_DECLS
#endif
