// nextafter and nexttoward: the neighbouring representable value.
#include "math/export.h"

namespace pure::math {
namespace {

// Weight of the last significand bit of finite nonzero x (subnormal spacing included).
template <class T> T ulp_of(T x) {
  Parts<T> p = split_parts(x);
  return scale2(T(1), p.exp);
}

template <class T> T step(T x, bool up) {
  using F = Fp<T>;
  if (x == 0) {
    T tiny = scale2(T(1), 1 - F::kBias - F::kFracBits);
    (void)underflow_value<T>(false);
    set_errno(ERANGE);
    return up ? tiny : -tiny;
  }
  bool grow = up != sign_of(x);
  if (is_inf(x)) return sign_of(x) ? -kMax<T> : kMax<T>;
  T a = abs_of(x);
  T r;
  if (grow) {
    if (a == kMax<T>) {
      set_errno(ERANGE);
      return overflow_value<T>(sign_of(x));
    }
    r = a + ulp_of(a);
  } else {
    // Below a power of two the spacing halves (unless it is already the subnormal one).
    Parts<T> p = split_parts(a);
    T u = ulp_of(a);
    if (p.sig == (u128(1) << (F::kPrec - 1)) && a > kMinNormal<T>) u = u * T(0.5);
    r = a - u;
  }
  if (r < kMinNormal<T>) {
    (void)underflow_value<T>(false);
    set_errno(ERANGE);
  }
  return sign_of(x) ? -r : r;
}

template <class T> T nextafter_impl(T x, T y) {
  if (is_nan(x) || is_nan(y)) return x + y;
  if (x == y) return y;
  return step(x, y > x);
}

template <class T> T nexttoward_impl(T x, long double y) {
  if (is_nan(x) || is_nan(y)) return static_cast<T>(x + y);
  if (static_cast<long double>(x) == y) return static_cast<T>(y);
  return step(x, y > static_cast<long double>(x));
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT2(nextafter, nextafter_impl)
extern "C" double nexttoward(double x, long double y) { return nexttoward_impl(x, y); }
extern "C" float nexttowardf(float x, long double y) { return nexttoward_impl(x, y); }
extern "C" long double nexttowardl(long double x, long double y) { return nexttoward_impl(x, y); }
