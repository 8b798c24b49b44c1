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

// Runs CPUID; stores and returns the feature bits. preserve_most: the callers (every
// dispatching string function) then need not save their arguments around this call
// taken once, and their fast path has no register spills.
[[clang::preserve_most]] uint32_t detect();
extern constinit uint32_t features_cache;

inline uint32_t features() {
  uint32_t f = __atomic_load_n(&features_cache, __ATOMIC_RELAXED);
  return f ? f : detect();
}
inline bool has_avx2() { return features() & kAvx2; }
inline bool has_erms() { return features() & kErms; }
#endif

}  // namespace pure::cpu
