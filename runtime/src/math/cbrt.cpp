// cbrt: Newton's method in the working type from a linear start, one final Newton step
// in double length, one rounding.
#include "math/core.h"

namespace pure::math {
namespace {

template <class T> T cbrt_impl(T x) {
  using W = Work<T>;
  using F = Fp<W>;
  if (is_nan(x) || is_inf(x) || x == 0) return x + x;
  W a = W(abs_of(x));
  int adj = 0;
  if (a < kMinNormal<W>) {
    a = a * pow2<W>(3 * F::kPrec);  // multiple of 3 so the exponent divides evenly
    adj = -F::kPrec;
  }
  int e = exponent_of(a);
  int k = e >= 0 ? e / 3 : -((-e + 2) / 3);  // floor(e / 3)
  W m = scale2(a, -3 * k);                 // [1, 8)
  W y = W(1) + (m - W(1)) / W(7);
  for (int i = 0; i < 7; i++) y = y - (y * y * y - m) / (W(3) * y * y);
  DD<W> y3 = two_prod(y, y) * y;
  DD<W> yd = dd(y) - (y3 - m) / (two_prod(y, y) * W(3));
  DD<W> v = sign_of(x) ? -yd : yd;
  return result<T>(v, k + adj);
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(cbrt, cbrt_impl)
