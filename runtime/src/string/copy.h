// The copy and fill kernels behind memcpy, memmove, mempcpy, bcopy and memset.
// Every path loads what it needs before it stores over it, so the forward copy is also
// right for overlapping buffers with dst < src, and the backward one for dst > src.
#pragma once
#include "string/simd.h"

namespace pure {

using simd::V16;

// 0..64 bytes: a few loads that may overlap, then the stores.
[[gnu::always_inline]] inline void copy_upto64(unsigned char* d, const unsigned char* s, size_t n) {
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
    V16 a = simd::load(s), b = simd::load(s + n - 16);
    simd::store(d, a);
    simd::store(d + n - 16, b);
    return;
  }
  V16 a = simd::load(s), b = simd::load(s + 16), c = simd::load(s + n - 32), e = simd::load(s + n - 16);
  simd::store(d, a);
  simd::store(d + 16, b);
  simd::store(d + n - 32, c);
  simd::store(d + n - 16, e);
}

// n > 64, copying from the front (dst <= src, or no overlap).
inline void copy_forward_large(unsigned char* d, const unsigned char* s, size_t n) {
  V16 head = simd::load(s);
  V16 t0 = simd::load(s + n - 64), t1 = simd::load(s + n - 48), t2 = simd::load(s + n - 32),
      t3 = simd::load(s + n - 16);
  unsigned char* end = d + n - 64;
  size_t skew = 16 - (reinterpret_cast<uintptr_t>(d) & 15);  // aligned stores from here on
  unsigned char* dp = d + skew;
  const unsigned char* sp = s + skew;
  while (dp < end) {
    V16 a = simd::load(sp), b = simd::load(sp + 16), c = simd::load(sp + 32), e = simd::load(sp + 48);
    simd::store(dp, a);
    simd::store(dp + 16, b);
    simd::store(dp + 32, c);
    simd::store(dp + 48, e);
    dp += 64;
    sp += 64;
  }
  simd::store(end, t0);
  simd::store(end + 16, t1);
  simd::store(end + 32, t2);
  simd::store(end + 48, t3);
  simd::store(d, head);
}

// n > 64, copying from the back (dst > src with overlap).
inline void copy_backward_large(unsigned char* d, const unsigned char* s, size_t n) {
  V16 tail = simd::load(s + n - 16);
  V16 h0 = simd::load(s), h1 = simd::load(s + 16), h2 = simd::load(s + 32), h3 = simd::load(s + 48);
  unsigned char* dend = d + n;
  size_t skew = reinterpret_cast<uintptr_t>(dend) & 15;
  if (skew == 0) skew = 16;
  unsigned char* dp = dend - skew;  // aligned end of the stores to come
  const unsigned char* sp = s + n - skew;
  unsigned char* stop = d + 64;
  while (dp > stop) {
    V16 a = simd::load(sp - 16), b = simd::load(sp - 32), c = simd::load(sp - 48), e = simd::load(sp - 64);
    simd::store(dp - 16, a);
    simd::store(dp - 32, b);
    simd::store(dp - 48, c);
    simd::store(dp - 64, e);
    dp -= 64;
    sp -= 64;
  }
  simd::store(d, h0);
  simd::store(d + 16, h1);
  simd::store(d + 32, h2);
  simd::store(d + 48, h3);
  simd::store(dend - 16, tail);
}

inline void copy_forward(unsigned char* d, const unsigned char* s, size_t n) {
  if (n <= 64) copy_upto64(d, s, n);
  else copy_forward_large(d, s, n);
}

inline void move(unsigned char* d, const unsigned char* s, size_t n) {
  if (n <= 64) copy_upto64(d, s, n);
  else if (reinterpret_cast<uintptr_t>(d) - reinterpret_cast<uintptr_t>(s) >= n) copy_forward_large(d, s, n);
  else copy_backward_large(d, s, n);
}

}  // namespace pure
