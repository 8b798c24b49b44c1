// CPU feature detection for the string functions (see cpu.h).
#include "string/cpu.h"

#if defined(__x86_64__)
namespace pure::cpu {

constinit uint32_t features_cache = 0;

namespace {
inline void cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4]) {
  asm volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3]) : "a"(leaf), "c"(sub));
}
}  // namespace

[[clang::preserve_most]] uint32_t detect() {
  uint32_t f = kKnown;
  uint32_t r[4];
  cpuid(0, 0, r);
  uint32_t max_leaf = r[0];
  if (max_leaf >= 7) {
    cpuid(1, 0, r);
    bool osxsave = r[2] >> 27 & 1, avx = r[2] >> 28 & 1;
    bool ymm_saved = false;
    if (osxsave && avx) {
      uint32_t lo, hi;
      asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
      ymm_saved = (lo & 6) == 6;  // XCR0: SSE and AVX state enabled by the kernel
    }
    cpuid(7, 0, r);
    if (ymm_saved && (r[1] >> 5 & 1)) f |= kAvx2;
    if (r[1] >> 9 & 1) f |= kErms;
  }
  // Racing threads compute the same value, so a plain store is enough.
  __atomic_store_n(&features_cache, f, __ATOMIC_RELAXED);
  return f;
}

}  // namespace pure::cpu
#endif
