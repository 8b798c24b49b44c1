/* sys/uio.h: vectored I/O. */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H
#include <features.h>
#include <bits/types/off_t.h>
#include <bits/types/pid_t.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>
#include <bits/types/struct_iovec.h>

#if __PURE_DEFAULT
#define UIO_MAXIOV 1024
#endif
#if __PURE_GNU && !defined(RWF_HIPRI)
#define RWF_HIPRI 0x00000001
#define RWF_DSYNC 0x00000002
#define RWF_SYNC 0x00000004
#define RWF_NOWAIT 0x00000008
#define RWF_APPEND 0x00000010
#endif

__PURE_BEGIN_DECLS

ssize_t readv(int __fd, const struct iovec *__iov, int __iovcnt);
ssize_t writev(int __fd, const struct iovec *__iov, int __iovcnt);

#if __PURE_DEFAULT
ssize_t preadv(int __fd, const struct iovec *__iov, int __iovcnt, off_t __offset);
ssize_t pwritev(int __fd, const struct iovec *__iov, int __iovcnt, off_t __offset);
#endif
#if __PURE_GNU
ssize_t preadv2(int __fd, const struct iovec *__iov, int __iovcnt, off_t __offset, int __flags);
ssize_t pwritev2(int __fd, const struct iovec *__iov, int __iovcnt, off_t __offset, int __flags);
ssize_t process_vm_readv(pid_t __pid, const struct iovec *__local_iov, unsigned long __liovcnt,
                         const struct iovec *__remote_iov, unsigned long __riovcnt, unsigned long __flags);
ssize_t process_vm_writev(pid_t __pid, const struct iovec *__local_iov, unsigned long __liovcnt,
                          const struct iovec *__remote_iov, unsigned long __riovcnt, unsigned long __flags);
#endif

__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define preadv64 preadv
#define pwritev64 pwritev
#endif

#endif
