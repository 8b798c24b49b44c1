// The kernel's vDSO: clock reads without a system call.
#pragma once
#include <time.h>

namespace pure {

using VdsoClockGettime = int (*)(clockid_t, struct timespec*);
using VdsoClockGetres = int (*)(clockid_t, struct timespec*);

// The vDSO's clock_gettime / clock_getres, or null when the kernel (or qemu) maps none.
// Looked up once, on first use.
VdsoClockGettime vdso_clock_gettime();
VdsoClockGetres vdso_clock_getres();

// clock_gettime as the kernel returns it: 0 or -errno.
long clock_gettime(clockid_t clock, struct timespec* ts);

}  // namespace pure
