// Vector helpers shared by the mem*/str* functions, written once with clang's vector
// extensions: 16-byte vectors are SSE2 on x86_64 (every x86_64 CPU has it) and NEON on
// aarch64; 32-byte vectors are AVX2, used on x86_64 CPUs that have it (see cpu.h).
// The algorithms are templates over a vector kind (V16 or V32) and are always inlined
// into a wrapper compiled for the right instruction set.
//
// Reading rule: a load never crosses into a page the caller did not give us. Aligned
// loads stay inside the page of their first byte, so scanning from an aligned address is
// safe once one byte of the block is known to be readable.
#pragma once
#include <stddef.h>
#include <stdint.h>

#define PURE_SIMD_INLINE [[gnu::always_inline]] inline
#if defined(__x86_64__)
#define PURE_AVX2 __attribute__((target("avx2")))
#endif

namespace pure::simd {

typedef unsigned char V16Type __attribute__((vector_size(16)));
typedef unsigned char V16uType __attribute__((vector_size(16), aligned(1)));

// A vector kind: its width, loads, compare, and the match mask. On x86_64 the mask has one
// bit per byte; on aarch64 four bits per byte (NEON's "shift right and narrow"); kShift
// turns a bit index into a byte index.
struct V16 {
  using V = V16Type;
  static constexpr size_t kWidth = 16;
#if defined(__x86_64__)
  static constexpr int kShift = 0;
  PURE_SIMD_INLINE static uint64_t mask(V v) {
    typedef char C __attribute__((vector_size(16)));
    return static_cast<uint32_t>(__builtin_ia32_pmovmskb128(reinterpret_cast<C>(v)));
  }
#elif defined(__aarch64__)
  static constexpr int kShift = 2;
  PURE_SIMD_INLINE static uint64_t mask(V v) {
    typedef unsigned short H __attribute__((vector_size(16)));
    typedef unsigned char B __attribute__((vector_size(8)));
    // Each 16-bit lane shifted right by 4 and narrowed to 8 bits keeps 4 bits of each byte.
    B n = __builtin_convertvector(reinterpret_cast<H>(v) >> 4, B);
    uint64_t r;
    __builtin_memcpy(&r, &n, 8);
    return r;
  }
#endif
  PURE_SIMD_INLINE static V load(const void* p) { return *static_cast<const V16uType*>(p); }
  PURE_SIMD_INLINE static V load_aligned(const void* p) { return *static_cast<const V*>(p); }
  PURE_SIMD_INLINE static void store(void* p, V v) { *static_cast<V16uType*>(p) = v; }
  PURE_SIMD_INLINE static V splat(unsigned char c) { return V{} + c; }
};

#if defined(__x86_64__)
typedef unsigned char V32Type __attribute__((vector_size(32)));
typedef unsigned char V32uType __attribute__((vector_size(32), aligned(1)));
struct V32 {
  using V = V32Type;
  static constexpr size_t kWidth = 32;
  static constexpr int kShift = 0;
  PURE_SIMD_INLINE PURE_AVX2 static uint64_t mask(V v) {
    typedef char C __attribute__((vector_size(32)));
    return static_cast<uint32_t>(__builtin_ia32_pmovmskb256(reinterpret_cast<C>(v)));
  }
  PURE_SIMD_INLINE PURE_AVX2 static V load(const void* p) { return *static_cast<const V32uType*>(p); }
  PURE_SIMD_INLINE PURE_AVX2 static V load_aligned(const void* p) { return *static_cast<const V*>(p); }
  PURE_SIMD_INLINE PURE_AVX2 static void store(void* p, V v) { *static_cast<V32uType*>(p) = v; }
  PURE_SIMD_INLINE PURE_AVX2 static V splat(unsigned char c) { return V{} + c; }
};
#endif

template <class V> PURE_SIMD_INLINE V eq(V a, V b) { return reinterpret_cast<V>(a == b); }

// Byte index of the first / last set lane of a non-zero mask.
template <class K> PURE_SIMD_INLINE size_t first(uint64_t m) {
  return static_cast<size_t>(__builtin_ctzll(m)) >> K::kShift;
}
template <class K> PURE_SIMD_INLINE size_t last(uint64_t m) {
  return static_cast<size_t>(63 - __builtin_clzll(m)) >> K::kShift;
}
// Drops the lanes of the first k bytes (k < width).
template <class K> PURE_SIMD_INLINE uint64_t skip(uint64_t m, size_t k) {
  return m >> (k << K::kShift) << (k << K::kShift);
}
// Keeps only the lanes of the first k bytes (k <= width).
template <class K> PURE_SIMD_INLINE uint64_t keep(uint64_t m, size_t k) {
  size_t bits = k << K::kShift;
  return bits >= 64 ? m : m & ((uint64_t{1} << bits) - 1);
}

template <size_t kAlign> PURE_SIMD_INLINE const unsigned char* align_down(const void* p) {
  return reinterpret_cast<const unsigned char*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t{kAlign - 1});
}
// True when an n-byte load at p could touch the next page.
template <size_t n> PURE_SIMD_INLINE bool crosses_page(const void* p) {
  return (reinterpret_cast<uintptr_t>(p) & 4095) > 4096 - n;
}

}  // namespace pure::simd
