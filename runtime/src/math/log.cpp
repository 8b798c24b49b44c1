// log, log2, log10, log1p: log_core on the significand, the exponent added exactly.
#include "math/core.h"

namespace pure::math {
namespace {

// Special cases shared by the log family; returns true with *r set when x is one.
template <class T> bool log_special(T x, T *r) {
  if (is_nan(x)) {
    *r = x + x;
  } else if (x == 0) {
    set_errno(ERANGE);
    *r = pole_value<T>(true);
  } else if (sign_of(x)) {
    set_errno(EDOM);
    *r = invalid_value<T>();
  } else if (is_inf(x)) {
    *r = x;
  } else {
    return false;
  }
  return true;
}

// log(x) = e ln2 + lm with x = m 2^e, m in [0.75, 1.5); subnormals prescaled.
template <class W> DD<W> log_mant(W x, int *e) {
  int adj = 0;
  if (x < kMinNormal<W>) {
    x = x * pow2<W>(Fp<W>::kPrec);
    adj = Fp<W>::kPrec;
  }
  int k = exponent_of(x);
  if (scale2(x, -k) >= W(1.5)) k++;
  *e = k - adj;
  return log_core(dd(scale2(x, -k)));
}

template <class T> T log_impl(T x) {
  using W = Work<T>;
  T r;
  if (log_special(x, &r)) return r;
  int e;
  DD<W> lm = log_mant(W(x), &e);
  return result<T>(e ? K<W>::ln2 * W(e) + lm : lm);
}

template <class T> T log2_impl(T x) {
  using W = Work<T>;
  T r;
  if (log_special(x, &r)) return r;
  int e;
  DD<W> lm = log_mant(W(x), &e);
  return result<T>(lm * K<W>::inv_ln2 + W(e));
}

template <class T> T log10_impl(T x) {
  using W = Work<T>;
  T r;
  if (log_special(x, &r)) return r;
  int e;
  DD<W> lm = log_mant(W(x), &e);
  return result<T>((e ? K<W>::ln2 * W(e) + lm : lm) * K<W>::inv_ln10);
}

template <class T> T log1p_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (x == T(-1)) {
    set_errno(ERANGE);
    return pole_value<T>(true);
  }
  if (x < T(-1)) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  if (is_inf(x)) return x;
  if (abs_of(x) < T(scale2(1.0, -(Fp<T>::kPrec + 3)))) return x;  // x - x^2/2 rounds to x
  if (x > T(1e30)) {  // 1 + x is x to many more bits than needed: log(x) + 1/x
    int e;
    DD<W> lm = log_mant(W(x), &e);
    return result<T>(K<W>::ln2 * W(e) + lm + W(1) / W(x));
  }
  return result<T>(log1p_core(dd(W(x))));
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(log, log_impl)
PURE_MATH_EXPORT1(log2, log2_impl)
PURE_MATH_EXPORT1(log10, log10_impl)
PURE_MATH_EXPORT1(log1p, log1p_impl)
