// __stack_chk_fail: called by code built with -fstack-protector when a function's canary
// was overwritten. The stack is corrupt, so say so in one line and abort at once.
#include <stdlib.h>

#include "support/syscall.h"

extern "C" [[gnu::no_stack_protector]] void __stack_chk_fail(void) {
  static const char kMessage[] = "pure: stack smashing detected (stack protector canary overwritten)\n";
  pure::syscall(__NR_write, 2, kMessage, sizeof kMessage - 1);
  abort();
}
