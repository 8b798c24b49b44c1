// hypot: the sum of squares exact in double length after scaling by a power of two,
// a double-length square root, one rounding.
#include "math/core.h"

namespace pure::math {
namespace {

template <class T> T hypot_impl(T x, T y) {
  using W = Work<T>;
  // C17 F.10.4.3: an infinity wins over a NaN.
  if (is_inf(x) || is_inf(y)) return T(__builtin_inf());
  if (is_nan(x) || is_nan(y)) return x + y;
  W a = W(abs_of(x)), b = W(abs_of(y));
  if (a < b) {
    W t = a;
    a = t < b ? b : t;
    b = t;
  }
  if (b == 0) return T(a);
  int ea = exponent_of(a), eb = exponent_of(b);
  if (ea - eb > Fp<W>::kPrec + 3) {
    T r = T(a + b);  // b^2/(2a) is below half an ulp of a
    return r;
  }
  W as = scale2(a, -ea), bs = scale2(b, -ea);
  DD<W> s = dd_sqrt(two_prod(as, as) + two_prod(bs, bs));
  T r = result<T>(s, ea);
  if (is_inf(r)) set_errno(ERANGE);
  return r;
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT2(hypot, hypot_impl)
