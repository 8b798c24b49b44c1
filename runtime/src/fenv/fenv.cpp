// <fenv.h>: exception flags, rounding direction and the whole environment.
#include <fenv.h>
#include <float.h>
#include "fenv/fenv_arch.h"

namespace pure::fenv {
namespace {

// Raising through real operations makes an enabled trap fire as the standard intends.
void raise_flags(int excepts) {
  volatile double zero = 0.0, one = 1.0, big = DBL_MAX, tiny = DBL_MIN;
  volatile double sink;
  if (excepts & FE_INVALID) sink = zero / zero;
  if (excepts & FE_DIVBYZERO) sink = one / zero;
  if (excepts & FE_OVERFLOW) sink = big * big;
  if (excepts & FE_UNDERFLOW) sink = tiny * tiny;
  if (excepts & FE_INEXACT) sink = one + tiny;
  (void)sink;
}

#if defined(__x86_64__)
constexpr unsigned short kDefaultX87Cw = 0x037f;  // all masked, extended precision, nearest
constexpr unsigned kDefaultMxcsr = 0x1f80;         // all masked, nearest
#endif

}  // namespace
}  // namespace pure::fenv

using namespace pure::fenv;

extern "C" int feclearexcept(int excepts) {
  if (excepts & ~FE_ALL_EXCEPT) return -1;
  clear_flags(static_cast<unsigned>(excepts));
  return 0;
}

extern "C" int fegetexceptflag(fexcept_t *flagp, int excepts) {
  if (excepts & ~FE_ALL_EXCEPT) return -1;
  *flagp = static_cast<fexcept_t>(test_flags(static_cast<unsigned>(excepts)));
  return 0;
}

extern "C" int feraiseexcept(int excepts) {
  if (excepts & ~FE_ALL_EXCEPT) return -1;
  raise_flags(excepts);
  return 0;
}

extern "C" int fesetexceptflag(const fexcept_t *flagp, int excepts) {
  if (excepts & ~FE_ALL_EXCEPT) return -1;
  store_flags(static_cast<unsigned>(excepts), *flagp);
  return 0;
}

extern "C" int fetestexcept(int excepts) { return static_cast<int>(test_flags(static_cast<unsigned>(excepts))); }

extern "C" int fegetround(void) { return get_round(); }

extern "C" int fesetround(int round) {
  if (!valid_round(round)) return -1;
  set_round(round);
  return 0;
}

extern "C" int fegetenv(fenv_t *envp) {
#if defined(__x86_64__)
  static_assert(sizeof(X87Env) + sizeof(unsigned) == sizeof(fenv_t));
  // fnstenv masks every x87 exception as a side effect; fldenv puts the mask back.
  asm volatile("fnstenv %0\n\tfldenv %0" : "=m"(*reinterpret_cast<X87Env *>(envp)));
  envp->__mxcsr = get_mxcsr();
#else
  envp->__fpcr = static_cast<unsigned>(get_fpcr());
  envp->__fpsr = static_cast<unsigned>(get_fpsr());
#endif
  return 0;
}

extern "C" int feholdexcept(fenv_t *envp) {
  fegetenv(envp);
#if defined(__x86_64__)
  X87Env e;
  asm volatile("fnstenv %0" : "=m"(e));
  e.sw &= static_cast<unsigned short>(~FE_ALL_EXCEPT);
  e.cw |= FE_ALL_EXCEPT;  // the mask bits sit at the flag positions
  asm volatile("fldenv %0" : : "m"(e));
  set_mxcsr((get_mxcsr() & ~static_cast<unsigned>(FE_ALL_EXCEPT)) | (FE_ALL_EXCEPT << 7));
#else
  set_fpsr(get_fpsr() & ~static_cast<unsigned long>(FE_ALL_EXCEPT));
  set_fpcr(get_fpcr() & ~(static_cast<unsigned long>(FE_ALL_EXCEPT) << 8));  // trap enables
#endif
  return 0;
}

extern "C" int fesetenv(const fenv_t *envp) {
#if defined(__x86_64__)
  X87Env e;
  asm volatile("fnstenv %0" : "=m"(e));
  if (envp == FE_DFL_ENV) {
    e.cw = kDefaultX87Cw;
    e.sw = 0;
    e.tw = 0xffff;
    asm volatile("fldenv %0" : : "m"(e));
    set_mxcsr(kDefaultMxcsr);
  } else {
    // Only the control, status and tag words matter; the pointers of the last
    // instruction are kept as they are.
    e.cw = envp->__control_word;
    e.sw = envp->__status_word;
    e.tw = envp->__tag_word;
    asm volatile("fldenv %0" : : "m"(e));
    set_mxcsr(envp->__mxcsr);
  }
#else
  if (envp == FE_DFL_ENV) {
    set_fpcr(0);
    set_fpsr(0);
  } else {
    set_fpcr(envp->__fpcr);
    set_fpsr(envp->__fpsr);
  }
#endif
  return 0;
}

extern "C" int feupdateenv(const fenv_t *envp) {
  int raised = static_cast<int>(test_flags(FE_ALL_EXCEPT));
  fesetenv(envp);
  raise_flags(raised);
  return 0;
}
