// fabs and copysign: pure sign-bit operations (exact, raise nothing, keep NaN payloads).
#include "math/export.h"

namespace pure::math {
namespace {
template <class T> T fabs_impl(T x) { return abs_of(x); }
template <class T> T copysign_impl(T x, T y) { return copysign_of(x, y); }
}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(fabs, fabs_impl)
PURE_MATH_EXPORT2(copysign, copysign_impl)
