/* pure libc: <errno.h>. The error numbers are the kernel's (UAPI headers). */
#ifndef _ERRNO_H
#define _ERRNO_H
#include <features.h>
#include <asm/errno.h>

#ifndef ENOTSUP
#define ENOTSUP EOPNOTSUPP
#endif

__PURE_BEGIN_DECLS

int *__errno_location(void) __attribute__((__const__));
#define errno (*__errno_location())

#if __PURE_GNU
extern char *program_invocation_name;
extern char *program_invocation_short_name;
#endif

__PURE_END_DECLS
#endif
