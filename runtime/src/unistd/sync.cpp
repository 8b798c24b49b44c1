// fsync, fdatasync, sync, syncfs.
#include <unistd.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

int fsync(int fd) { return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_fsync, fd))); }

int fdatasync(int fd) { return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_fdatasync, fd))); }

void sync(void) { pure::syscall(__NR_sync); }

int syncfs(int fd) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_syncfs, fd))); }

}  // extern "C"
