// The CPU features the string functions choose their code by, read once and lazily
// (CPUID is slow on virtual machines, where each one traps to the hypervisor).
#pragma once
#include <stdint.h>

namespace pure::cpu {

#if defined(__x86_64__)
enum : uint32_t {
  kKnown = 1u << 0,  // the other bits are valid
  kAvx2 = 1u << 1,   // AVX2, with the OS saving the YMM registers
  kErms = 1u << 2,   // fast "rep movsb" / "rep stosb"
};

uint32_t detect();  // runs CPUID; stores and returns the feature bits
extern constinit uint32_t features_cache;

inline uint32_t features() {
  uint32_t f = __atomic_load_n(&features_cache, __ATOMIC_RELAXED);
  return f ? f : detect();
}
inline bool has_avx2() { return features() & kAvx2; }
inline bool has_erms() { return features() & kErms; }
#endif

}  // namespace pure::cpu
