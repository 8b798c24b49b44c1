// Vectored I/O: readv, writev and the positioned preadv/pwritev(2), cancellation points.
#include <sys/uio.h>

#include "support/errno.h"
#include "thread/cancel.h"

namespace {
// The p*v calls take the offset split in two longs (low, high) on every architecture; on
// 64-bit targets the high half is simply unused by the kernel but still passed.
inline long pos_low(off_t offset) { return static_cast<long>(offset); }
inline long pos_high(off_t) { return 0; }
}  // namespace

extern "C" {

ssize_t readv(int fd, const struct iovec* iov, int iovcnt) {
  return pure::to_errno(pure::syscall_cp(__NR_readv, fd, iov, iovcnt));
}

ssize_t writev(int fd, const struct iovec* iov, int iovcnt) {
  return pure::to_errno(pure::syscall_cp(__NR_writev, fd, iov, iovcnt));
}

ssize_t preadv(int fd, const struct iovec* iov, int iovcnt, off_t offset) {
  return pure::to_errno(pure::syscall_cp(__NR_preadv, fd, iov, iovcnt, pos_low(offset), pos_high(offset)));
}

ssize_t pwritev(int fd, const struct iovec* iov, int iovcnt, off_t offset) {
  return pure::to_errno(pure::syscall_cp(__NR_pwritev, fd, iov, iovcnt, pos_low(offset), pos_high(offset)));
}

ssize_t preadv2(int fd, const struct iovec* iov, int iovcnt, off_t offset, int flags) {
  return pure::to_errno(
      pure::syscall_cp(__NR_preadv2, fd, iov, iovcnt, pos_low(offset), pos_high(offset), flags));
}

ssize_t pwritev2(int fd, const struct iovec* iov, int iovcnt, off_t offset, int flags) {
  return pure::to_errno(
      pure::syscall_cp(__NR_pwritev2, fd, iov, iovcnt, pos_low(offset), pos_high(offset), flags));
}

ssize_t process_vm_readv(pid_t pid, const struct iovec* local_iov, unsigned long liovcnt,
                         const struct iovec* remote_iov, unsigned long riovcnt, unsigned long flags) {
  return pure::to_errno(
      pure::syscall(__NR_process_vm_readv, pid, local_iov, liovcnt, remote_iov, riovcnt, flags));
}

ssize_t process_vm_writev(pid_t pid, const struct iovec* local_iov, unsigned long liovcnt,
                          const struct iovec* remote_iov, unsigned long riovcnt, unsigned long flags) {
  return pure::to_errno(
      pure::syscall(__NR_process_vm_writev, pid, local_iov, liovcnt, remote_iov, riovcnt, flags));
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(preadv, preadv64);
PURE_ALIAS(pwritev, pwritev64);
