// Correctly rounded square root for each type: the hardware instruction where there is
// one, an integer digit-by-digit root for binary128.
#pragma once
#include "fenv/fenv_arch.h"
#include "math/fp.h"

namespace pure::math {

inline float sqrt_of(float x) {
#if defined(__x86_64__)
  asm("sqrtss %1, %0" : "=x"(x) : "x"(x));
#else
  asm("fsqrt %s0, %s1" : "=w"(x) : "w"(x));
#endif
  return x;
}
inline double sqrt_of(double x) {
#if defined(__x86_64__)
  asm("sqrtsd %1, %0" : "=x"(x) : "x"(x));
#else
  asm("fsqrt %d0, %d1" : "=w"(x) : "w"(x));
#endif
  return x;
}

#if defined(__x86_64__)
inline long double sqrt_of(long double x) {
  asm("fsqrt" : "+t"(x));
  return x;
}
#else
// binary128: the root of the significand, one bit per step, with the remainder kept in
// 128 bits; the rounding follows the current rounding mode.
inline long double sqrt_of(long double x) {
  using F = Fp<long double>;
  if (is_nan(x)) return x + x;
  if (x == 0) return x;
  if (sign_of(x)) return invalid_value<long double>();
  if (is_inf(x)) return x;
  Parts<long double> p = split_parts(x);
  u128 m = p.sig;
  int e = p.exp;
  while (!(m >> (F::kPrec - 1))) {  // normalize subnormals
    m <<= 1;
    e--;
  }
  // x = m * 2^e with m in [2^112, 2^113). Make e even; the radicand is m * 2^(2k) with
  // enough zero bits appended for a 115-bit root (113 bits, guard, and one more).
  if (e & 1) {
    m <<= 1;
    e--;
  }
  // root of (m << 116) has (113 or 114 + 116) / 2 = 115 significant bits.
  constexpr int kAppend = 116;
  int total_bits = 114 + kAppend;  // radicand width, even
  u128 rem = 0, root = 0;
  for (int i = total_bits - 2; i >= 0; i -= 2) {
    // Next two radicand bits: bits i+1, i of (m << kAppend).
    unsigned two = 0;
    if (i >= kAppend) two = static_cast<unsigned>((m >> (i - kAppend)) & 3);
    rem = (rem << 2) | two;
    u128 trial = (root << 2) | 1;
    root <<= 1;
    if (rem >= trial) {
      rem -= trial;
      root |= 1;
    }
  }
  // root has 115 bits: 113 kept, a guard bit, and one more; rem != 0 is sticky.
  int lead = 0;
  for (u128 r = root; r > 1; r >>= 1) lead++;
  int drop = lead - 112;  // bits below the 113-bit significand
  u128 kept = root >> drop;
  u128 low = root & ((u128(1) << drop) - 1);
  u128 half = u128(1) << (drop - 1);
  bool inexact = low != 0 || rem != 0;
  bool up = false;
  switch (fenv::get_round()) {
    case FE_TONEAREST: up = low > half || (low == half && (rem != 0 || (kept & 1))); break;
    case FE_UPWARD: up = inexact; break;
    default: break;  // downward and toward zero truncate a positive result
  }
  kept += up;
  if (inexact) fenv::store_flags(FE_INEXACT, FE_INEXACT);
  // result = kept * 2^(e/2 - kAppend/2 + drop); kept may have carried to 2^113 (exact).
  int re = e / 2 - kAppend / 2 + drop;
  return scale2(static_cast<long double>(kept), re);
}
#endif

}  // namespace pure::math
