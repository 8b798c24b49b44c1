// The shared kernels of the transcendental functions, in double-length arithmetic over
// a working type W (double for float and double results, long double for long double):
// exp, log, the trigonometric reduction and series, atan. Each returns a DD<W> with
// about 2p correct bits; the public functions round once at the end (result<T>()).
#pragma once
#include "math/consts.h"
#include "math/dd.h"
#include "math/export.h"
#include "math/rounding.h"

namespace pure::math {

// float results are computed in double.
template <class T> struct WorkOf {
  using type = T;
};
template <> struct WorkOf<float> {
  using type = double;
};
template <class T> using Work = typename WorkOf<T>::type;

// Bits of accuracy the kernels aim for: comfortably above p so that the final rounding
// is almost always the correct one.
template <class W> constexpr int kWorkBits = Fp<W>::kPrec + 28;

constexpr int ilog2_floor(int n) {
  int r = 0;
  while (n > 1) {
    n >>= 1;
    r++;
  }
  return r;
}
// Number of terms n with (2^-bits_per_power)^n / n_factorial_like below 2^-need, where
// `fact` says whether the n-th term is also divided by n! (floor of log2 keeps it safe).
constexpr int series_terms(int bits_per_power, int need, bool fact) {
  int acc = 0;
  for (int n = 1; n < 200; n++) {
    acc += bits_per_power;
    if (fact) acc += ilog2_floor(n);
    if (acc > need) return n;
  }
  return 200;
}


// The p-bit neighbour of v toward the sign of err when v's last bit is even: turns a
// round-to-nearest value with a known error into round-to-odd, so a later rounding to
// fewer bits is correct.
template <class T> inline T make_odd(T v, T err) {
  if (err == 0 || (split_parts(v).sig & 1)) return v;
  using F = Fp<T>;
  T a = abs_of(v);
  Parts<T> p = split_parts(a);
  T u = scale2(T(1), p.exp);
  bool grow = sign_of(err) == sign_of(v);
  if (!grow && p.sig == (u128(1) << (F::kPrec - 1)) && a > kMinNormal<T>) u = u * T(0.5);
  a = grow ? a + u : a - u;
  return sign_of(v) ? -a : a;
}

// v * 2^k rounded once to T (overflow and subnormal results included).
template <class T> T result(DD<Work<T>> v, long k = 0) {
  using W = Work<T>;
  using F = Fp<T>;
  if (v.hi == 0) return T(v.hi);
  if constexpr (sizeof(T) != sizeof(W)) {
    // float: scaled in double (exact for any float-range result), then one rounding.
    if (k > 2000) return overflow_value<T>(sign_of(v.hi));
    if (k < -2000) return underflow_value<T>(sign_of(v.hi));
    W s = scale2(W(1), k);
    return static_cast<T>(make_odd(v.hi * s, v.lo * s));
  } else {
    long e = exponent_of(v.hi) + k;
    if (e > F::kBias) return overflow_value<T>(sign_of(v.hi));
    if (e >= 1 - F::kBias) return scale2(v.hi + v.lo, k);
    if (e < 1 - F::kBias - F::kPrec - 2) return underflow_value<T>(sign_of(v.hi));
    // Subnormal: round v to a multiple of the subnormal spacing q (in v's scale).
    T q = scale2(T(1), 1 - F::kBias - F::kFracBits - k);
    T hq = v.hi / q;  // exact: q is a power of two above v's last bit
    T rn = trunc_of(hq);
    T a = hq - rn;  // exact fraction
    if (abs_of(a) > T(0.5) || (abs_of(a) == T(0.5) && (v.lo != 0 ? sign_of(v.lo) == sign_of(a)
                                                                  : trunc_of(rn * T(0.5)) * 2 != rn)))
      rn += sign_of(a) ? T(-1) : T(1);
    if (a != 0 || v.lo != 0) (void)underflow_value<T>(false);
    return scale2(rn * q, k);
  }
}

// sum_{n=0}^{kN} c(n) x^n by Horner's rule: the terms from kHead on are small enough
// (below 2^-(kWorkBits - p) of the sum) to be summed in plain W arithmetic, the head in
// double length.
template <class W, int kN, int kHead, class Coef> DD<W> horner_mixed(DD<W> x, Coef c) {
  static_assert(kHead >= 1 && kHead <= kN);
  W xh = x.hi;
  W tail = c(kN).hi;
  for (int n = kN - 1; n >= kHead; n--) tail = tail * xh + c(n).hi;
  DD<W> acc = dd(tail);
  for (int n = kHead - 1; n >= 0; n--) acc = acc * x + c(n);
  return acc;
}
// First power whose term is below 2^-(kWorkBits - p + 2) when each power gains `bits`.
constexpr int head_terms(int bits) { return 30 / bits + 1; }

// ---- exp ------------------------------------------------------------------------

template <class W> struct Scaled {
  DD<W> m;  // value = m * 2^k
  long k;
};

// expm1(r) for |r| <= ~0.35: the series at r/256, then (1+e)^2 - 1 = e(e+2) eight times.
template <class W> DD<W> expm1_small(DD<W> r) {
  constexpr int kN = series_terms(9, kWorkBits<W>, true);
  DD<W> s = dd_scale(r, W(1.0 / 256));
  // e = s * sum_{n>=0} s^n / (n+1)!
  DD<W> acc = horner_mixed<W, kN - 1, 3>(s, [](int n) { return K<W>::inv_fact[n + 1]; });
  DD<W> e = acc * s;
  for (int i = 0; i < 8; i++) e = e * (e + W(2));
  return e;
}

// exp(x) = m * 2^k with m in about [0.7, 1.42]; |x| below ~2^20.
template <class W> Scaled<W> exp_core(DD<W> x) {
  W kf = rint_of(x.hi * K<W>::inv_ln2.hi);
  DD<W> r = x - K<W>::ln2 * kf;
  DD<W> e = expm1_small(r);
  return {e + W(1), static_cast<long>(kf)};
}

// ---- log ------------------------------------------------------------------------

// 2 atanh(s) = log((1+s)/(1-s)) for small s, with `bits` the log2 of 1/s^2 (at least).
template <class W, int kBitsPerPower> DD<W> two_atanh(DD<W> s) {
  constexpr int kN = series_terms(kBitsPerPower, kWorkBits<W>, false);
  DD<W> s2 = s * s;
  DD<W> acc = horner_mixed<W, kN, head_terms(kBitsPerPower)>(s2, [](int n) { return K<W>::inv_odd[n]; });
  return dd_scale(acc * s, W(2));
}

// log(x) for a positive DD x with a normal hi part.
template <class W> DD<W> log_core(DD<W> x) {
  int e = exponent_of(x.hi);
  if (scale2(x.hi, -e) >= W(1.5)) e++;
  // [0.75, 1.5); two steps keep 2^-e in range when x is near the largest value.
  DD<W> m = dd_scale(dd_scale(x, pow2<W>(-e / 2)), pow2<W>(-(e - e / 2)));
  W jf = (m.hi - W(0.75)) * 128 + W(0.5);
  int j = jf >= 0 && jf < 97 ? static_cast<int>(jf) : 32;  // NaN-safe index
  W c = W(0.75) + W(j) / 128;
  DD<W> s = (m - c) / (m + c);  // |s| <= 2^-8.5
  DD<W> l = K<W>::log_tab[j] + two_atanh<W, 17>(s);
  if (e == 0) return l;
  return K<W>::ln2 * W(e) + l;
}

// log(1 + t) for t > -1, keeping the relative accuracy of small t.
template <class W> DD<W> log1p_core(DD<W> t) {
  if (abs_of(t.hi) < W(1.0 / 32)) return two_atanh<W, 11>(t / (t + W(2)));
  return log_core(t + W(1));
}

// ---- trigonometric --------------------------------------------------------------

// x = (q + f) * pi/2 with |f| <= 1/2: returns q mod 4 and f * pi/2 in double length.
// The product of the significand with a window of the bits of 2/pi is exact integer
// arithmetic (Payne and Hanek), so any finite x works.
template <class W> int reduce_half_pi(W x, DD<W> *out) {
  constexpr int kWin = 8;          // 64-bit words of 2/pi used
  constexpr int kP = kWin + 2;     // words of the product
  Parts<W> p = split_parts(abs_of(x));
  long E = p.exp;
  long i0 = E - 1 > 1 ? E - 1 : 1;  // bits before i0 only add multiples of 4
  uint64_t win[kWin];               // little-endian: win[0] least significant
  long o = (i0 - 1) % 64, w0 = (i0 - 1) / 64;
  for (int j = 0; j < kWin; j++) {
    long w = w0 + j;
    uint64_t a = w < kTwoOverPiWords ? kTwoOverPi[w] : 0;
    uint64_t b = w + 1 < kTwoOverPiWords ? kTwoOverPi[w + 1] : 0;
    win[kWin - 1 - j] = o ? (a << o) | (b >> (64 - o)) : a;
  }
  uint64_t sig[2] = {static_cast<uint64_t>(p.sig), static_cast<uint64_t>(p.sig >> 64)};
  uint64_t prod[kP] = {};
  for (int i = 0; i < 2; i++) {
    u128 carry = 0;
    for (int j = 0; j < kWin; j++) {
      u128 t = u128(sig[i]) * win[j] + prod[i + j] + carry;
      prod[i + j] = static_cast<uint64_t>(t);
      carry = t >> 64;
    }
    for (int k = i + kWin; carry && k < kP; k++) {
      u128 t = u128(prod[k]) + carry;
      prod[k] = static_cast<uint64_t>(t);
      carry = t >> 64;
    }
  }
  // Value = prod * 2^-F.
  long F = i0 + 64L * kWin - 1 - E;
  auto bit = [&](long pos) -> unsigned {
    if (pos < 0 || pos >= 64L * kP) return 0;
    return static_cast<unsigned>((prod[pos / 64] >> (pos % 64)) & 1);
  };
  int q = static_cast<int>(bit(F) | (bit(F + 1) << 1));
  bool neg = bit(F - 1);  // fraction >= 1/2: take f - 1 instead
  if (neg) {
    q = (q + 1) & 3;
    // Two's complement of the fraction bits (below position F).
    for (long i = 0; i < kP; i++) prod[i] = ~prod[i];
    for (long i = 0; i < kP; i++)
      if (++prod[i] != 0) break;
  }
  // Clear everything at and above F, then find the leading fraction bit.
  for (long pos = F; pos < 64L * kP; pos++) prod[pos / 64] &= ~(uint64_t(1) << (pos % 64));
  long top = -1;
  for (long i = kP - 1; i >= 0 && top < 0; i--)
    if (prod[i]) top = i * 64 + 63 - __builtin_clzll(prod[i]);
  if (top < 0) {
    *out = dd(W(0));
    return q;
  }
  // Gather four 64-bit chunks from the top bit down into a double-length value.
  DD<W> f = dd(W(0));
  for (int c = 0; c < 4; c++) {
    long hi_pos = top - 64L * c;  // bit hi_pos .. hi_pos-63
    uint64_t chunk = 0;
    for (int b = 0; b < 64; b++) chunk = (chunk << 1) | bit(hi_pos - b);
    W scale = scale2(W(1), hi_pos - 63 - F);
    DD<W> part = two_sum(W(chunk >> 32) * W(4294967296.0), W(chunk & 0xffffffffu));
    f = f + dd_scale(part, scale);
  }
  DD<W> r = f * K<W>::pi_2;
  if (neg) r = -r;
  if (sign_of(x)) {
    r = -r;
    q = (4 - q) & 3;
  }
  *out = r;
  return q;
}

template <class W> DD<W> sin_series(DD<W> r) {  // |r| <= pi/4
  constexpr int kN = series_terms(0, kWorkBits<W>, true) / 2 + 1;  // terms in r^2
  DD<W> r2 = r * r;
  // Terms from r^13/13! on are below 2^-30 of the sum (|r| <= pi/4).
  DD<W> acc = horner_mixed<W, kN, 6>(r2, [](int n) {
    DD<W> c = K<W>::inv_fact[2 * n + 1];
    return (n & 1) ? -c : c;
  });
  return acc * r;
}
template <class W> DD<W> cos_series(DD<W> r) {
  constexpr int kN = series_terms(0, kWorkBits<W>, true) / 2 + 1;
  DD<W> r2 = r * r;
  DD<W> acc = horner_mixed<W, kN, 6>(r2, [](int n) {
    DD<W> c = K<W>::inv_fact[2 * n];
    return (n & 1) ? -c : c;
  });
  return acc;
}

// Reduced argument for sin/cos/tan of a finite x.
template <class W> int trig_reduce(W x, DD<W> *r) {
  if (abs_of(x) <= K<W>::pi_4.hi) {
    *r = dd(x);
    return 0;
  }
  return reduce_half_pi(x, r);
}

// ---- atan -----------------------------------------------------------------------

// atan(x) for x >= 0: atan(x) = atan(c) + atan((x - c) / (1 + x c)) with c = j/64.
template <class W> DD<W> atan_core(DD<W> x) {
  bool inv = x.hi > 1;
  if (inv) x = dd(W(1)) / x;
  W jf = x.hi * 64 + W(0.5);
  int j = jf >= 0 && jf < 65 ? static_cast<int>(jf) : 0;  // NaN-safe index
  W c = W(j) / 64;
  DD<W> t = (x - c) / (x * c + W(1));  // |t| <= 1/128
  constexpr int kN = series_terms(14, kWorkBits<W>, false);
  DD<W> t2 = t * t;
  DD<W> acc = horner_mixed<W, kN, head_terms(14)>(t2, [](int n) {
    DD<W> c = K<W>::inv_odd[n];
    return (n & 1) ? -c : c;
  });
  DD<W> a = K<W>::atan_tab[j] + acc * t;
  return inv ? K<W>::pi_2 - a : a;
}

}  // namespace pure::math
