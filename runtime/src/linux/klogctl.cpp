// klogctl: the kernel's syslog(2) call, renamed to keep clear of syslog(3).
#include <sys/klog.h>

#include "support/errno.h"

extern "C" int klogctl(int type, char* buf, int len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_syslog, type, buf, len)));
}
