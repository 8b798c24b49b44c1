// pow: exp(y log|x|) with log|x| to about 2p bits, so that y log|x| keeps enough bits
// for any y; the special cases follow C17 F.10.4.4.
#include "math/core.h"

namespace pure::math {
namespace {

constexpr double kHugeArg = 12000.0;

// 0: not an integer, 1: odd integer, 2: even integer.
template <class T> int integer_kind(T y) {
  if (!is_finite(y) || trunc_of(y) != y) return 0;
  if (abs_of(y) >= pow2<T>(Fp<T>::kPrec)) return 2;
  T h = y * T(0.5);
  return trunc_of(h) == h ? 2 : 1;
}

template <class T> T pow_impl(T x, T y) {
  using W = Work<T>;
  if (y == 0) return T(1);
  if (x == T(1)) return T(1);
  if (is_nan(x) || is_nan(y)) return x + y;
  int kind = integer_kind(y);
  bool neg = sign_of(x) && kind == 1;
  if (x == 0) {
    if (sign_of(y)) {
      set_errno(ERANGE);
      return pole_value<T>(neg);
    }
    return neg ? -T(0) : T(0);
  }
  if (is_inf(y)) {
    T ax = abs_of(x);
    if (ax == T(1)) return T(1);
    return (ax < T(1)) == sign_of(y) ? T(__builtin_inf()) : T(0);
  }
  if (is_inf(x)) {
    if (sign_of(x)) {
      T r = sign_of(y) ? T(0) : T(__builtin_inf());
      return neg ? -r : r;
    }
    return sign_of(y) ? T(0) : x;
  }
  if (sign_of(x) && kind == 0) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  // log|x| = e ln2 + log(m), subnormal x prescaled.
  W ax = W(abs_of(x));
  int adj = 0;
  if (ax < kMinNormal<W>) {
    ax = ax * pow2<W>(Fp<W>::kPrec);
    adj = Fp<W>::kPrec;
  }
  int e = exponent_of(ax);
  if (scale2(ax, -e) >= W(1.5)) e++;
  DD<W> l = log_core(dd(scale2(ax, -e)));
  if (e - adj) l = K<W>::ln2 * W(e - adj) + l;
  DD<W> t = l * W(y);
  T r;
  if (t.hi > W(kHugeArg)) {
    r = overflow_value<T>(neg);
  } else if (t.hi < W(-kHugeArg)) {
    r = underflow_value<T>(neg);
  } else {
    Scaled<W> s = exp_core(t);
    r = result<T>(neg ? -s.m : s.m, s.k);
  }
  if (is_inf(r) || abs_of(r) < kMinNormal<T>) set_errno(ERANGE);
  return r;
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT2(pow, pow_impl)
