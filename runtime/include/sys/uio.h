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

ssize_t readv(int fd, const struct iovec *iov, int iovcnt);
ssize_t writev(int fd, const struct iovec *iov, int iovcnt);

#if __PURE_DEFAULT
ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset);
ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset);
#endif
#if __PURE_GNU
ssize_t preadv2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags);
ssize_t pwritev2(int fd, const struct iovec *iov, int iovcnt, off_t offset, int flags);
ssize_t process_vm_readv(pid_t pid, const struct iovec *local_iov, unsigned long liovcnt,
                         const struct iovec *remote_iov, unsigned long riovcnt, unsigned long flags);
ssize_t process_vm_writev(pid_t pid, const struct iovec *local_iov, unsigned long liovcnt,
                          const struct iovec *remote_iov, unsigned long riovcnt, unsigned long flags);
#define preadv64 preadv
#define pwritev64 pwritev
#endif

__PURE_END_DECLS

#endif
