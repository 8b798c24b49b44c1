// creal, cimag, conj, cproj, cabs, carg.
#include "complex/cplx.h"

namespace pure::cplx {
namespace {
template <class T> C<T> conj_impl(C<T> z) { return make(re(z), -im(z)); }
// G.6: every infinity projects to +inf with the sign of the imaginary part kept on zero.
template <class T> C<T> cproj_impl(C<T> z) {
  if (is_inf(re(z)) || is_inf(im(z))) return make(kInf<T>, r_copysign(T(0), im(z)));
  return z;
}
}  // namespace
}  // namespace pure::cplx

using namespace pure::cplx;
extern "C" double creal(double _Complex z) { return __real__ z; }
extern "C" float crealf(float _Complex z) { return __real__ z; }
extern "C" long double creall(long double _Complex z) { return __real__ z; }
extern "C" double cimag(double _Complex z) { return __imag__ z; }
extern "C" float cimagf(float _Complex z) { return __imag__ z; }
extern "C" long double cimagl(long double _Complex z) { return __imag__ z; }
extern "C" double cabs(double _Complex z) { return r_hypot(re(z), im(z)); }
extern "C" float cabsf(float _Complex z) { return r_hypot(re(z), im(z)); }
extern "C" long double cabsl(long double _Complex z) { return r_hypot(re(z), im(z)); }
extern "C" double carg(double _Complex z) { return r_atan2(im(z), re(z)); }
extern "C" float cargf(float _Complex z) { return r_atan2(im(z), re(z)); }
extern "C" long double cargl(long double _Complex z) { return r_atan2(im(z), re(z)); }
PURE_CPLX_EXPORT1(conj, conj_impl)
PURE_CPLX_EXPORT1(cproj, cproj_impl)
