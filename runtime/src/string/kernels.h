// The scanning kernels of scan.inc, once per instruction set: pure::v16 (SSE2 / NEON) and,
// on x86_64, pure::v32 (AVX2, only called when cpu::has_avx2()).
#pragma once
#include "string/cpu.h"
#include "string/simd.h"

namespace pure::v16 {
using K = simd::V16;
#include "string/scan.inc"
}  // namespace pure::v16

#if defined(__x86_64__)
namespace pure::v32 {
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
using K = simd::V32;
#include "string/scan.inc"
#pragma clang attribute pop
}  // namespace pure::v32
#endif

// Calls kernel(args...) from the widest instruction set the CPU has.
#if defined(__x86_64__)
#define PURE_DISPATCH(kernel, ...) \
  (::pure::cpu::has_avx2() ? ::pure::v32::kernel(__VA_ARGS__) : ::pure::v16::kernel(__VA_ARGS__))
#else
#define PURE_DISPATCH(kernel, ...) (::pure::v16::kernel(__VA_ARGS__))
#endif
