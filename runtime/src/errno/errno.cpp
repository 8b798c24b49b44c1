// errno: one per thread, in static TLS (set up by start-up before any code can fail).
#include <errno.h>

namespace pure {
constinit thread_local int thread_errno = 0;
}

extern "C" int *__errno_location(void) { return &pure::thread_errno; }
