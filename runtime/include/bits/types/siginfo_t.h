#ifndef __PURE_TYPE_SIGINFO_T
#define __PURE_TYPE_SIGINFO_T
#include <bits/types/union_sigval.h>
#include <bits/types/pid_t.h>
#include <bits/types/uid_t.h>
#include <bits/types/clock_t.h>
/* The kernel's siginfo: 128 bytes, three ints then a union whose member depends on the
   signal and si_code. The POSIX field names are macros into that union. */
typedef struct {
  int si_signo;
  int si_errno;
  int si_code;
  union {
    int __pad[28];
    struct { pid_t __pid; uid_t __uid; } __kill;
    struct { int __tid; int __overrun; union sigval __value; int __private; } __timer;
    struct { pid_t __pid; uid_t __uid; union sigval __value; } __rt;
    struct { pid_t __pid; uid_t __uid; int __status; clock_t __utime; clock_t __stime; } __child;
    struct {
      void *__addr;
      union {
        short __addr_lsb;
        struct { void *__pad; void *__lower; void *__upper; } __bounds;
        struct { void *__pad; unsigned int __pkey; } __pkey;
      } __u;
    } __fault;
    struct { long __band; int __fd; } __poll;
    struct { void *__call_addr; int __syscall; unsigned int __arch; } __sys;
  } __fields;
} siginfo_t;
#define si_pid __fields.__kill.__pid
#define si_uid __fields.__kill.__uid
#define si_status __fields.__child.__status
#define si_utime __fields.__child.__utime
#define si_stime __fields.__child.__stime
#define si_value __fields.__rt.__value
#define si_int __fields.__rt.__value.sival_int
#define si_ptr __fields.__rt.__value.sival_ptr
#define si_timerid __fields.__timer.__tid
#define si_overrun __fields.__timer.__overrun
#define si_addr __fields.__fault.__addr
#define si_addr_lsb __fields.__fault.__u.__addr_lsb
#define si_lower __fields.__fault.__u.__bounds.__lower
#define si_upper __fields.__fault.__u.__bounds.__upper
#define si_pkey __fields.__fault.__u.__pkey.__pkey
#define si_band __fields.__poll.__band
#define si_fd __fields.__poll.__fd
#define si_call_addr __fields.__sys.__call_addr
#define si_syscall __fields.__sys.__syscall
#define si_arch __fields.__sys.__arch
#endif
