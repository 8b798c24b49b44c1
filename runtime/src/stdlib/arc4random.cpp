// arc4random, arc4random_buf and arc4random_uniform: straight from getrandom(2), which
// cannot fail for small requests once the kernel's pool is initialised (it blocks until
// then). Interrupted or short reads are retried; there is no error to report.
#include <errno.h>
#include <stdlib.h>
#include <stdint.h>

#include "support/syscall.h"

extern "C" {

void arc4random_buf(void* buf, size_t n) {
  unsigned char* p = static_cast<unsigned char*>(buf);
  while (n) {
    long r = pure::syscall(__NR_getrandom, p, n, 0);
    if (r == -EINTR) continue;
    if (r <= 0) {
      // Only a kernel without getrandom gets here (before 3.17): nothing safe remains.
      constexpr char kMessage[] = "pure: arc4random: getrandom failed\n";
      pure::syscall(__NR_write, 2, kMessage, sizeof kMessage - 1);
      abort();
    }
    p += r;
    n -= static_cast<size_t>(r);
  }
}

unsigned int arc4random(void) {
  unsigned int v;
  arc4random_buf(&v, sizeof v);
  return v;
}

// Uniform in [0, bound): values below 2^32 mod bound are rejected, so every residue is
// equally likely.
unsigned int arc4random_uniform(unsigned int bound) {
  if (bound < 2) return 0;
  uint32_t reject_below = (0u - bound) % bound;
  for (;;) {
    uint32_t v = arc4random();
    if (v >= reject_below) return v % bound;
  }
}

}  // extern "C"
