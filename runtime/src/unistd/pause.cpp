// pause: wait for a signal. aarch64 has no pause call; ppoll on nothing, with no timeout,
// sleeps until a signal arrives on every target.
#include <unistd.h>

#include "support/errno.h"

extern "C" int pause(void) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_ppoll, nullptr, 0, nullptr, nullptr, 8)));
}
