// pause: wait for a signal. aarch64 has no pause call; ppoll on nothing, with no timeout,
// sleeps until a signal arrives on every target. A cancellation point.
#include <unistd.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" int pause(void) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_ppoll, nullptr, 0, nullptr, nullptr, 8)));
}
