/* ulimit.h: the file size limit in 512-byte blocks (obsolescent; see setrlimit). */
#ifndef _ULIMIT_H
#define _ULIMIT_H
#include <features.h>

#define UL_GETFSIZE 1
#define UL_SETFSIZE 2

__PURE_BEGIN_DECLS
long ulimit(int __cmd, ...);
__PURE_END_DECLS

#endif
