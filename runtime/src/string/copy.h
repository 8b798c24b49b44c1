// The copy and fill kernels behind memcpy, memmove, mempcpy, bcopy and memset: up to 64
// bytes with a few overlapping loads and stores; beyond, copy.inc's loops, with 32-byte
// AVX2 vectors on x86_64 CPUs that have them.
#pragma once
#include "string/cpu.h"
#include "string/simd.h"

namespace pure::c16 {
using K = simd::V16;
#include "string/copy.inc"
}  // namespace pure::c16

#if defined(__x86_64__)
namespace pure::c32 {
#pragma clang attribute push(__attribute__((target("avx2"))), apply_to = function)
using K = simd::V32;
#include "string/copy.inc"
#pragma clang attribute pop
}  // namespace pure::c32
#endif

namespace pure {

// 0..64 bytes: all loads first (so overlap is fine), then the stores.
[[gnu::always_inline]] inline void copy_upto64(unsigned char* d, const unsigned char* s, size_t n) {
  using K = simd::V16;
  if (n <= 16) {
    if (n >= 8) {
      uint64_t a, b;
      __builtin_memcpy(&a, s, 8);
      __builtin_memcpy(&b, s + n - 8, 8);
      __builtin_memcpy(d, &a, 8);
      __builtin_memcpy(d + n - 8, &b, 8);
    } else if (n >= 4) {
      uint32_t a, b;
      __builtin_memcpy(&a, s, 4);
      __builtin_memcpy(&b, s + n - 4, 4);
      __builtin_memcpy(d, &a, 4);
      __builtin_memcpy(d + n - 4, &b, 4);
    } else if (n) {
      unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
      d[0] = a;
      d[n / 2] = b;
      d[n - 1] = c;
    }
    return;
  }
  if (n <= 32) {
    K::V a = K::load(s), b = K::load(s + n - 16);
    K::store(d, a);
    K::store(d + n - 16, b);
    return;
  }
  K::V a = K::load(s), b = K::load(s + 16), c = K::load(s + n - 32), e = K::load(s + n - 16);
  K::store(d, a);
  K::store(d + 16, b);
  K::store(d + n - 32, c);
  K::store(d + n - 16, e);
}

[[gnu::always_inline]] inline void copy_forward(unsigned char* d, const unsigned char* s, size_t n) {
  if (n <= 64) return copy_upto64(d, s, n);
#if defined(__x86_64__)
  if (cpu::has_avx2()) return c32::copy_forward_k(d, s, n);
#endif
  c16::copy_forward_k(d, s, n);
}

[[gnu::always_inline]] inline void move(unsigned char* d, const unsigned char* s, size_t n) {
  if (n <= 64) return copy_upto64(d, s, n);
  bool forward = reinterpret_cast<uintptr_t>(d) - reinterpret_cast<uintptr_t>(s) >= n;
#if defined(__x86_64__)
  if (cpu::has_avx2()) return forward ? c32::copy_forward_k(d, s, n) : c32::copy_backward_k(d, s, n);
#endif
  forward ? c16::copy_forward_k(d, s, n) : c16::copy_backward_k(d, s, n);
}

}  // namespace pure
