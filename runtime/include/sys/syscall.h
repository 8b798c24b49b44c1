/* sys/syscall.h: SYS_* names for syscall(), one per kernel system call number. */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H
#include <asm/unistd.h>
#include <bits/syscall.h>
#endif
