// unshare and setns: leaving and joining namespaces.
#include <sched.h>

#include "support/errno.h"

extern "C" {

int unshare(int flags) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_unshare, flags))); }

int setns(int fd, int nstype) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_setns, fd, nstype))); }

}  // extern "C"
