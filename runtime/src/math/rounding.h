// Rounding to integral values, shared by the floor/rint families, modf and others.
#pragma once
#include "math/fp.h"

namespace pure::math {

// |x| truncated toward zero by clearing the fraction bits: exact, raises nothing.
template <class T> T trunc_of(T x) {
  using F = Fp<T>;
  using B = typename F::Bits;
  int be = biased_exp(x);
  if (be == F::kMaxBiased) return x + x;  // NaN (quieted) or infinity
  int e = be - F::kBias;
  if (e >= F::kFracBits) return x;
  if (e < 0) return copysign_of(T(0), x);
  B b = to_bits(x);
  b &= ~((B(1) << (F::kFracBits - e)) - 1);
  return from_bits<T>(b);
}

// Round to integral in the current rounding mode; raises inexact when x is not integral.
template <class T> T rint_of(T x) {
  using F = Fp<T>;
  int be = biased_exp(x);
  if (be == F::kMaxBiased) return x + x;
  if (be - F::kBias >= F::kFracBits) return x;
  // Adding 2^kFracBits leaves no fraction bits, so the hardware rounds at the units.
  T c = pow2<T>(F::kFracBits);
  T r = sign_of(x) ? opaque(x - c) + c : opaque(x + c) - c;
  return copysign_of(r, x);
}

}  // namespace pure::math
