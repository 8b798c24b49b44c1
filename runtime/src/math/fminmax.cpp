// fmin, fmax, fdim (C17 7.12.12): a NaN argument is treated as missing data.
#include "math/export.h"

namespace pure::math {
namespace {

template <class T> T fmax_impl(T x, T y) {
  if (is_nan(x)) return y;
  if (is_nan(y)) return x;
  if (x == y) return sign_of(x) ? y : x;  // +0 is the larger zero
  return x > y ? x : y;
}
template <class T> T fmin_impl(T x, T y) {
  if (is_nan(x)) return y;
  if (is_nan(y)) return x;
  if (x == y) return sign_of(x) ? x : y;
  return x < y ? x : y;
}
template <class T> T fdim_impl(T x, T y) {
  if (is_nan(x) || is_nan(y)) return x + y;
  if (!(x > y)) return T(0);
  T r = x - y;
  if (is_inf(r) && is_finite(x) && is_finite(y)) set_errno(ERANGE);
  return r;
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT2(fmax, fmax_impl)
PURE_MATH_EXPORT2(fmin, fmin_impl)
PURE_MATH_EXPORT2(fdim, fdim_impl)
