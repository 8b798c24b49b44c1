// getloadavg (BSD): the 1, 5 and 15 minute load averages, from sysinfo(2).
#include <stdlib.h>
#include <linux/kernel.h>
#include <linux/sysinfo.h>

#include "support/errno.h"
#include "support/syscall.h"

extern "C" int getloadavg(double loadavg[], int n) {
  if (n < 0) return -1;
  struct sysinfo info;
  if (pure::to_errno(pure::syscall(__NR_sysinfo, &info)) < 0) return -1;
  if (n > 3) n = 3;
  for (int i = 0; i < n; i++) loadavg[i] = static_cast<double>(info.loads[i]) / (1 << SI_LOAD_SHIFT);
  return n;
}
