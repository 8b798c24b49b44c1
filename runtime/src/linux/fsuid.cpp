// setfsuid and setfsgid: the kernel returns the previous ID whether or not the change was
// allowed, so there is no error to report.
#include <sys/fsuid.h>

#include "support/syscall.h"

extern "C" {

int setfsuid(uid_t uid) { return static_cast<int>(pure::syscall(__NR_setfsuid, uid)); }

int setfsgid(gid_t gid) { return static_cast<int>(pure::syscall(__NR_setfsgid, gid)); }

}  // extern "C"
