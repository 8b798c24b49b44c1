// acct: switch process accounting on (to a file) or off (null).
#include <unistd.h>

#include "support/errno.h"

extern "C" int acct(const char* path) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_acct, path))); }
