// 16-byte vector helpers shared by the mem*/str* functions: SSE2 on x86_64 (the baseline
// every x86_64 CPU has), NEON on aarch64, written once with clang's vector extensions.
//
// Reading rule: a load never crosses into a page the caller did not give us. Aligned
// 16-byte loads stay inside the page of their first byte, so scanning from an aligned
// address is always safe once one byte of the chunk is known to be readable.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace pure::simd {

typedef unsigned char V16 __attribute__((vector_size(16)));
typedef unsigned char V16u __attribute__((vector_size(16), aligned(1)));

inline V16 load(const void* p) { return *static_cast<const V16u*>(p); }
inline V16 load_aligned(const void* p) { return *static_cast<const V16*>(p); }
inline void store(void* p, V16 v) { *static_cast<V16u*>(p) = v; }
inline V16 splat(unsigned char c) { return V16{} + c; }
inline V16 eq(V16 a, V16 b) { return reinterpret_cast<V16>(a == b); }

// A match mask: on x86_64 one bit per byte, on aarch64 four bits per byte (the NEON
// "shift right and narrow" trick); kShift converts a bit index to a byte index.
#if defined(__x86_64__)
inline constexpr int kShift = 0;
inline uint64_t mask(V16 v) {
  typedef char V16c __attribute__((vector_size(16)));
  return static_cast<uint32_t>(__builtin_ia32_pmovmskb128(reinterpret_cast<V16c>(v)));
}
#elif defined(__aarch64__)
inline constexpr int kShift = 2;
inline uint64_t mask(V16 v) {
  typedef unsigned short V8h __attribute__((vector_size(16)));
  typedef unsigned char V8b __attribute__((vector_size(8)));
  // Each 16-bit lane shifted right by 4 and narrowed to 8 bits keeps 4 bits of each byte.
  V8b n = __builtin_convertvector(reinterpret_cast<V8h>(v) >> 4, V8b);
  uint64_t r;
  __builtin_memcpy(&r, &n, 8);
  return r;
}
#endif

// Byte index of the first / last set lane of a non-zero mask.
inline size_t first(uint64_t m) { return static_cast<size_t>(__builtin_ctzll(m)) >> kShift; }
inline size_t last(uint64_t m) { return static_cast<size_t>(63 - __builtin_clzll(m)) >> kShift; }
// Drops the lanes for the first `k` bytes (k < 16).
inline uint64_t skip(uint64_t m, size_t k) { return m >> (k << kShift) << (k << kShift); }
// Keeps only the lanes for the first `k` bytes (k <= 16).
inline uint64_t keep(uint64_t m, size_t k) {
  size_t bits = k << kShift;
  return bits >= 64 ? m : m & ((uint64_t{1} << bits) - 1);
}

inline const unsigned char* align_down(const void* p) {
  return reinterpret_cast<const unsigned char*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t{15});
}
// True when a 16-byte unaligned load at p could touch the next page.
inline bool crosses_page(const void* p) { return (reinterpret_cast<uintptr_t>(p) & 4095) > 4096 - 16; }

}  // namespace pure::simd
