/* sys/sendfile.h: in-kernel copies between file descriptors. */
#ifndef _SYS_SENDFILE_H
#define _SYS_SENDFILE_H
#include <features.h>
#include <bits/types/off_t.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>

__PURE_BEGIN_DECLS
ssize_t sendfile(int __out_fd, int __in_fd, off_t *__offset, size_t __count);
__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define sendfile64 sendfile
#endif

#endif
