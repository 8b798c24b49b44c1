// Bit-level view of the three floating types, shared by every math function.
// long double is the x87 80-bit format on x86_64 (explicit integer bit) and IEEE
// binary128 on aarch64; the code below is written once over these traits.
#pragma once
#include <float.h>
#include <stdint.h>

namespace pure::math {

using u128 = unsigned __int128;

template <class T> struct Fp;

template <> struct Fp<float> {
  using Bits = uint32_t;
  static constexpr int kPrec = 24;      // significand bits, integer bit included
  static constexpr int kFracBits = 23;  // stored bits below the integer bit
  static constexpr int kBias = 127;
  static constexpr int kMaxBiased = 0xff;
  static constexpr bool kExplicitInt = false;
  static constexpr int kBytes = 4;
};
template <> struct Fp<double> {
  using Bits = uint64_t;
  static constexpr int kPrec = 53;
  static constexpr int kFracBits = 52;
  static constexpr int kBias = 1023;
  static constexpr int kMaxBiased = 0x7ff;
  static constexpr bool kExplicitInt = false;
  static constexpr int kBytes = 8;
};
#if defined(__x86_64__)
template <> struct Fp<long double> {
  using Bits = u128;
  static constexpr int kPrec = 64;
  static constexpr int kFracBits = 63;
  static constexpr int kBias = 16383;
  static constexpr int kMaxBiased = 0x7fff;
  static constexpr bool kExplicitInt = true;
  static constexpr int kBytes = 10;
};
#else
template <> struct Fp<long double> {
  using Bits = u128;
  static constexpr int kPrec = 113;
  static constexpr int kFracBits = 112;
  static constexpr int kBias = 16383;
  static constexpr int kMaxBiased = 0x7fff;
  static constexpr bool kExplicitInt = false;
  static constexpr int kBytes = 16;
};
#endif

template <class T> inline typename Fp<T>::Bits to_bits(T x) {
  typename Fp<T>::Bits b = 0;
  __builtin_memcpy(&b, &x, Fp<T>::kBytes);
  return b;
}
template <class T> inline T from_bits(typename Fp<T>::Bits b) {
  T x{};
  __builtin_memcpy(&x, &b, Fp<T>::kBytes);
  return x;
}

// Position of the sign bit and width of the exponent+significand part.
template <class T> constexpr int kSignShift = Fp<T>::kFracBits + (Fp<T>::kExplicitInt ? 1 : 0) +
                                              (sizeof(T) == 4 ? 8 : sizeof(T) == 8 ? 11 : 15);
template <class T> constexpr int kExpShift = Fp<T>::kFracBits + (Fp<T>::kExplicitInt ? 1 : 0);

template <class T> inline int biased_exp(T x) {
  return static_cast<int>((to_bits(x) >> kExpShift<T>)&Fp<T>::kMaxBiased);
}
template <class T> inline bool sign_of(T x) { return ((to_bits(x) >> kSignShift<T>)&1) != 0; }

template <class T> inline T abs_of(T x) {
  using B = typename Fp<T>::Bits;
  return from_bits<T>(to_bits(x) & ~(B(1) << kSignShift<T>));
}
template <class T> inline T copysign_of(T x, T s) {
  using B = typename Fp<T>::Bits;
  B m = B(1) << kSignShift<T>;
  return from_bits<T>((to_bits(x) & ~m) | (to_bits(s) & m));
}

// Integer significand (integer bit included) and the exponent e with |x| = sig * 2^e;
// subnormals get the minimum exponent and a significand below 2^(kPrec-1).
template <class T> struct Parts {
  bool neg;
  int exp;
  u128 sig;
};
template <class T> inline Parts<T> split_parts(T x) {
  using F = Fp<T>;
  auto b = to_bits(x);
  int be = biased_exp(x);
  u128 frac = u128(b) & ((u128(1) << F::kFracBits) - 1);
  u128 sig;
  if (F::kExplicitInt)
    sig = u128(b) & ((u128(1) << F::kPrec) - 1);
  else
    sig = be ? (frac | (u128(1) << F::kFracBits)) : frac;
  int e = (be ? be : 1) - F::kBias - F::kFracBits;
  return {sign_of(x), e, sig};
}

// 2^n exactly, for n in the normal range of T.
template <class T> inline T pow2(int n) {
  using F = Fp<T>;
  using B = typename F::Bits;
  B b = B(n + F::kBias) << kExpShift<T>;
  if (F::kExplicitInt) b |= B(1) << F::kFracBits;
  return from_bits<T>(b);
}

// Keeps the compiler from folding or moving an expression whose side effect (a raised
// floating-point exception) is the point.
template <class T> inline T opaque(T x) {
  asm volatile("" : "+m"(x));
  return x;
}

#if defined(__aarch64__)
// The fused multiply-add instruction (the builtin may become a call to fma itself).
inline double fma_insn(double a, double b, double c) {
  asm("fmadd %d0, %d1, %d2, %d3" : "=w"(a) : "w"(a), "w"(b), "w"(c));
  return a;
}
inline float fma_insn(float a, float b, float c) {
  asm("fmadd %s0, %s1, %s2, %s3" : "=w"(a) : "w"(a), "w"(b), "w"(c));
  return a;
}
#endif

template <class T> constexpr T kMax = sizeof(T) == 4 ? T(FLT_MAX) : sizeof(T) == 8 ? T(DBL_MAX) : T(LDBL_MAX);
template <class T> constexpr T kMinNormal = sizeof(T) == 4 ? T(FLT_MIN) : sizeof(T) == 8 ? T(DBL_MIN) : T(LDBL_MIN);

// Results that also raise the right exception, computed at run time.
template <class T> inline T overflow_value(bool neg) {
  T h = opaque(kMax<T>);
  return opaque((neg ? -h : h) * h);
}
template <class T> inline T underflow_value(bool neg) {
  T t = opaque(kMinNormal<T>);
  return opaque((neg ? -t : t) * t);
}
template <class T> inline T invalid_value() {
  T z = opaque(T(0));
  return opaque(z / z);
}
template <class T> inline T pole_value(bool neg) {
  T z = opaque(T(0));
  return opaque((neg ? T(-1) : T(1)) / z);
}

inline bool is_nan_t(float x) { return x != x; }
template <class T> inline bool is_nan(T x) { return x != x; }
template <class T> inline bool is_inf(T x) { return abs_of(x) == __builtin_inf(); }
template <class T> inline bool is_finite(T x) { return abs_of(x) <= kMax<T>; }

// floor(log2|x|) for finite nonzero x, subnormals included.
template <class T> inline int exponent_of(T x) {
  using F = Fp<T>;
  int be = biased_exp(x);
  if (be != 0 && (!F::kExplicitInt || (split_parts(x).sig >> (F::kPrec - 1)))) return be - F::kBias;
  Parts<T> p = split_parts(x);
  uint64_t hi = static_cast<uint64_t>(p.sig >> 64), lo = static_cast<uint64_t>(p.sig);
  int bits = hi ? 127 - __builtin_clzll(hi) : 63 - __builtin_clzll(lo);
  return p.exp + bits;
}

// Scales x by 2^n with a single rounding (only when the result is subnormal), raising
// overflow/underflow as the hardware would.
template <class T> T scale2(T x, long n) {
  using F = Fp<T>;
  if (x == 0 || !is_finite(x)) return x + x;
  if (n > 100000) n = 100000;  // beyond any exponent range; avoids overflow below
  if (n < -100000) n = -100000;
  const long emin = 1 - F::kBias, emax = F::kBias;
  long e = exponent_of(x);
  long top = e + n;  // exponent of the result's leading bit
  if (top > emax) return overflow_value<T>(sign_of(x));
  if (e >= emin && top >= emin) {
    // Both normal: exact multiplications by powers of two (two when n is out of range).
    if (n > emax) return (x * pow2<T>(int(emax))) * pow2<T>(int(n - emax));
    if (n < emin) return (x * pow2<T>(int(emin))) * pow2<T>(int(n - emin));
    return x * pow2<T>(int(n));
  }
  // m = x normalized to [1, 2) with the original sign (exact).
  T m = e >= emin ? x * pow2<T>(int(-e)) : (x * pow2<T>(F::kPrec)) * pow2<T>(int(-(e + F::kPrec)));
  if (top >= emin) return m * pow2<T>(int(top));
  // Subnormal or zero: one multiplication performs the only rounding.
  if (top < emin - F::kPrec - 2) top = emin - F::kPrec - 2;
  return (m * pow2<T>(int(top + F::kPrec + 2))) * pow2<T>(-(F::kPrec + 2));
}

}  // namespace pure::math
