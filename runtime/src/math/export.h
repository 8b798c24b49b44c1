// Defines the double, float and long double entry points of a math function from one
// template, and the errno rule of <math.h> (math_errhandling includes MATH_ERRNO).
#pragma once
#include <errno.h>
#include "math/fp.h"

namespace pure::math {

// C17 7.12.1: errno is EDOM on a domain error, ERANGE on a pole error or when the result
// overflows, or underflows to zero or a subnormal with loss of accuracy.
inline void set_errno(int e) {
  if (e) errno = e;
}

// The usual range check for a function whose finite argument gave `r`.
template <class T> inline int range_error(T r) {
  T a = abs_of(r);
  if (a == __builtin_inf()) return ERANGE;
  if (a < kMinNormal<T>) return ERANGE;
  return 0;
}

}  // namespace pure::math

#define PURE_MATH_EXPORT1(name, impl)                                                      \
  extern "C" double name(double x) { return impl<double>(x); }                            \
  extern "C" float name##f(float x) { return impl<float>(x); }                            \
  extern "C" long double name##l(long double x) { return impl<long double>(x); }
#define PURE_MATH_EXPORT2(name, impl)                                                      \
  extern "C" double name(double x, double y) { return impl<double>(x, y); }               \
  extern "C" float name##f(float x, float y) { return impl<float>(x, y); }                \
  extern "C" long double name##l(long double x, long double y) { return impl<long double>(x, y); }
