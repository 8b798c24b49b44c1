// reboot: the kernel call wants two magic numbers before the command, against accidents.
#include <sys/reboot.h>
#include <linux/reboot.h>

#include "support/errno.h"

extern "C" int reboot(int howto) {
  return static_cast<int>(pure::to_errno(
      pure::syscall(__NR_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, static_cast<unsigned>(howto), 0)));
}
