// feenableexcept, fedisableexcept, fegetexcept (GNU): trapping floating-point exceptions.
#define _GNU_SOURCE 1
#include <fenv.h>
#include "fenv/fenv_arch.h"

using namespace pure::fenv;

#if defined(__x86_64__)
// Unmasked exceptions trap; the mask bits sit at the flag positions in the x87 control
// word and 7 bits higher in MXCSR.
extern "C" int fegetexcept(void) { return ~get_x87_cw() & FE_ALL_EXCEPT; }

extern "C" int feenableexcept(int excepts) {
  int old = fegetexcept();
  unsigned e = static_cast<unsigned>(excepts) & FE_ALL_EXCEPT;
  set_x87_cw(static_cast<unsigned short>(get_x87_cw() & ~e));
  set_mxcsr(get_mxcsr() & ~(e << 7));
  return old;
}

extern "C" int fedisableexcept(int excepts) {
  int old = fegetexcept();
  unsigned e = static_cast<unsigned>(excepts) & FE_ALL_EXCEPT;
  set_x87_cw(static_cast<unsigned short>(get_x87_cw() | e));
  set_mxcsr(get_mxcsr() | (e << 7));
  return old;
}
#else
// FPCR trap-enable bits are the flag bits shifted by 8; cores without trapping read
// them back as zero.
extern "C" int fegetexcept(void) { return static_cast<int>((get_fpcr() >> 8) & FE_ALL_EXCEPT); }

extern "C" int feenableexcept(int excepts) {
  int old = fegetexcept();
  unsigned long e = static_cast<unsigned long>(excepts & FE_ALL_EXCEPT);
  set_fpcr(get_fpcr() | (e << 8));
  if ((fegetexcept() & static_cast<int>(e)) != static_cast<int>(e)) return -1;
  return old;
}

extern "C" int fedisableexcept(int excepts) {
  int old = fegetexcept();
  unsigned long e = static_cast<unsigned long>(excepts & FE_ALL_EXCEPT);
  set_fpcr(get_fpcr() & ~(e << 8));
  return old;
}
#endif
