// arch_prctl: x86_64 thread state (FS/GS bases, CPUID faulting). Only x86_64 has the call,
// so only x86_64 has the function, as elsewhere.
#include "support/errno.h"

#if defined(__NR_arch_prctl)
extern "C" int arch_prctl(int code, unsigned long addr);

extern "C" int arch_prctl(int code, unsigned long addr) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_arch_prctl, code, addr)));
}
#endif
