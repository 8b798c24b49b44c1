// vhangup: hang up the calling process's terminal.
#include <unistd.h>

#include "support/errno.h"

extern "C" int vhangup(void) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_vhangup))); }
