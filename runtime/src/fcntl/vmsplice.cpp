// vmsplice, name_to_handle_at, open_by_handle_at: thin Linux system call wrappers.
#define _GNU_SOURCE 1
#include <fcntl.h>
#include <sys/uio.h>

#include <asm/unistd.h>

#include "support/errno.h"

extern "C" {

ssize_t vmsplice(int fd, const struct iovec* iov, size_t count, unsigned int flags) {
  return pure::to_errno(pure::syscall(__NR_vmsplice, fd, iov, count, flags));
}

int name_to_handle_at(int dirfd, const char* path, struct file_handle* handle, int* mount_id, int flags) {
  return static_cast<int>(
      pure::to_errno(pure::syscall(__NR_name_to_handle_at, dirfd, path, handle, mount_id, flags)));
}

int open_by_handle_at(int mount_fd, struct file_handle* handle, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_open_by_handle_at, mount_fd, handle, flags)));
}

}  // extern "C"
