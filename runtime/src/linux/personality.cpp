// personality: returns the previous persona (0xffffffff only queries).
#include <sys/personality.h>

#include "support/errno.h"

extern "C" int personality(unsigned long persona) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_personality, persona)));
}
