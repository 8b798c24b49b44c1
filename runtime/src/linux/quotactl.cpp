// quotactl: QCMD(command, type) on the file system of block device `special`.
#include <sys/quota.h>

#include "support/errno.h"

extern "C" int quotactl(int cmd, const char* special, int id, char* addr) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_quotactl, cmd, special, id, addr)));
}
