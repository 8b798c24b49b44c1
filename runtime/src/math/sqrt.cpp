// sqrt: correctly rounded; negative arguments are a domain error.
#include "math/export.h"
#include "math/sqrt.h"

namespace pure::math {
namespace {
template <class T> T sqrt_impl(T x) {
  if (x < 0) set_errno(EDOM);
  return sqrt_of(x);
}
}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(sqrt, sqrt_impl)
