// Double-length arithmetic ("double-double" over any of the three types): a value is the
// unevaluated sum hi + lo with |lo| <= ulp(hi)/2, about 2p bits. The transcendental
// functions evaluate in it and round once at the end, which keeps their error just above
// half an ulp. Requires round-to-nearest (the callers run in the caller's mode, where the
// error bound degrades gracefully).
#pragma once
#include "math/fp.h"
#include "math/sqrt.h"

namespace pure::math {

template <class T> struct DD {
  T hi, lo;
};

template <class T> inline DD<T> fast_two_sum(T a, T b) {  // |a| >= |b| or a == 0
  T s = a + b;
  return {s, b - (s - a)};
}
template <class T> inline DD<T> two_sum(T a, T b) {
  T s = a + b;
  T bb = s - a;
  return {s, (a - (s - bb)) + (b - bb)};
}

// Veltkamp splitting constant 2^ceil(p/2) + 1.
template <class T> constexpr T kSplitter = T((u128(1) << ((Fp<T>::kPrec + 1) / 2)) + 1);

template <class T> inline DD<T> two_prod(T a, T b) {
#if defined(__aarch64__)
  if constexpr (sizeof(T) <= 8) {
    T p = a * b;
    return {p, fma_insn(a, b, -p)};
  }
#endif
  T p = a * b;
  T ca = kSplitter<T> * a, cb = kSplitter<T> * b;
  T ah = ca - (ca - a), al = a - ah;
  T bh = cb - (cb - b), bl = b - bh;
  return {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}

template <class T> inline DD<T> dd(T x) { return {x, T(0)}; }

template <class T> inline DD<T> operator+(DD<T> a, DD<T> b) {
  DD<T> s = two_sum(a.hi, b.hi);
  DD<T> t = two_sum(a.lo, b.lo);
  s.lo += t.hi;
  s = fast_two_sum(s.hi, s.lo);
  s.lo += t.lo;
  return fast_two_sum(s.hi, s.lo);
}
template <class T> inline DD<T> operator-(DD<T> a) { return {-a.hi, -a.lo}; }
template <class T> inline DD<T> operator-(DD<T> a, DD<T> b) { return a + (-b); }
template <class T> inline DD<T> operator+(DD<T> a, T b) {
  DD<T> s = two_sum(a.hi, b);
  s.lo += a.lo;
  return fast_two_sum(s.hi, s.lo);
}
template <class T> inline DD<T> operator-(DD<T> a, T b) { return a + (-b); }
template <class T> inline DD<T> operator*(DD<T> a, DD<T> b) {
  DD<T> p = two_prod(a.hi, b.hi);
  p.lo += a.hi * b.lo + a.lo * b.hi;
  return fast_two_sum(p.hi, p.lo);
}
template <class T> inline DD<T> operator*(DD<T> a, T b) {
  DD<T> p = two_prod(a.hi, b);
  p.lo += a.lo * b;
  return fast_two_sum(p.hi, p.lo);
}
template <class T> inline DD<T> operator/(DD<T> a, DD<T> b) {
  T q1 = a.hi / b.hi;
  DD<T> r = a - b * q1;
  T q2 = r.hi / b.hi;
  r = r - b * q2;
  T q3 = r.hi / b.hi;
  DD<T> q = fast_two_sum(q1, q2);
  return q + q3;
}
template <class T> inline DD<T> operator/(DD<T> a, T b) { return a / dd(b); }
template <class T> inline DD<T> dd_sqrt(DD<T> a) {
  if (a.hi <= 0) return dd(T(0));
  T s = sqrt_of(a.hi);
  DD<T> r = a - two_prod(s, s);
  return fast_two_sum(s, r.hi / (2 * s));
}
// Multiplication by a power of two: exact.
template <class T> inline DD<T> dd_scale(DD<T> a, T p2) { return {a.hi * p2, a.lo * p2}; }
template <class T> inline T to_t(DD<T> a) { return a.hi + a.lo; }

}  // namespace pure::math
