// membarrier: the cpu_id argument is only read with MEMBARRIER_CMD_FLAG_CPU, which this
// two-argument interface cannot pass, so it is 0.
#include <sys/membarrier.h>

#include "support/errno.h"

extern "C" int membarrier(int cmd, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_membarrier, cmd, flags, 0)));
}
