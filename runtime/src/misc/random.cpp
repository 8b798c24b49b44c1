// getrandom and getentropy.
#include <errno.h>
#include <sys/random.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

ssize_t getrandom(void* buf, size_t len, unsigned int flags) {
  return pure::to_errno(pure::syscall(__NR_getrandom, buf, len, flags));
}

// At most 256 bytes per call (POSIX 2024); the whole buffer is filled or the call fails.
int getentropy(void* buf, size_t len) {
  if (len > 256) return pure::fail(EINVAL, -1);
  auto* p = static_cast<unsigned char*>(buf);
  while (len) {
    long r = pure::syscall(__NR_getrandom, p, len, 0);
    if (r == -EINTR) continue;
    if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
    p += r;
    len -= static_cast<size_t>(r);
  }
  return 0;
}

}  // extern "C"
