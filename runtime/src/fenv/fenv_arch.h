// Raw access to the floating-point status and control registers, shared by <fenv.h>
// and the math functions (nearbyint, software rounding that honours the mode).
#pragma once
#include <fenv.h>

namespace pure::fenv {

#if defined(__x86_64__)
// x86_64 keeps two units: the x87 (long double) and SSE (float, double). Flags are read
// from both; MXCSR's rounding field sits 3 bits above the x87 control word's.
struct X87Env {
  unsigned short cw, r0, sw, r1, tw, r2;
  unsigned int ip;
  unsigned short cs, op;
  unsigned int dp;
  unsigned short ds, r3;
};
static_assert(sizeof(X87Env) == 28);

inline unsigned get_mxcsr() {
  unsigned v;
  asm volatile("stmxcsr %0" : "=m"(v));
  return v;
}
inline void set_mxcsr(unsigned v) { asm volatile("ldmxcsr %0" : : "m"(v)); }
inline unsigned short get_x87_sw() {
  unsigned short v;
  asm volatile("fnstsw %0" : "=am"(v));
  return v;
}
inline unsigned short get_x87_cw() {
  unsigned short v;
  asm volatile("fnstcw %0" : "=m"(v));
  return v;
}
inline void set_x87_cw(unsigned short v) { asm volatile("fldcw %0" : : "m"(v)); }

inline unsigned test_flags(unsigned mask) {
  return (get_x87_sw() | get_mxcsr()) & mask & FE_ALL_EXCEPT;
}
inline void clear_flags(unsigned mask) {
  mask &= FE_ALL_EXCEPT;
  X87Env e;
  asm volatile("fnstenv %0" : "=m"(e));
  e.sw &= static_cast<unsigned short>(~mask);
  asm volatile("fldenv %0" : : "m"(e));
  set_mxcsr(get_mxcsr() & ~mask);
}
// Sets the flags in mask to the values in `values` without trapping.
inline void store_flags(unsigned mask, unsigned values) {
  mask &= FE_ALL_EXCEPT;
  X87Env e;
  asm volatile("fnstenv %0" : "=m"(e));
  // Keep the flags in the SSE unit only: an x87 flag set here could trap on the next
  // x87 instruction if that exception were unmasked.
  e.sw &= static_cast<unsigned short>(~mask);
  asm volatile("fldenv %0" : : "m"(e));
  set_mxcsr((get_mxcsr() & ~mask) | (values & mask));
}
inline int get_round() { return get_x87_cw() & 0xc00; }
inline void set_round(int r) {
  set_x87_cw(static_cast<unsigned short>((get_x87_cw() & ~0xc00) | r));
  set_mxcsr((get_mxcsr() & ~0x6000u) | (static_cast<unsigned>(r) << 3));
}
#elif defined(__aarch64__)
inline unsigned long get_fpcr() {
  unsigned long v;
  asm volatile("mrs %0, fpcr" : "=r"(v));
  return v;
}
inline void set_fpcr(unsigned long v) { asm volatile("msr fpcr, %0" : : "r"(v)); }
inline unsigned long get_fpsr() {
  unsigned long v;
  asm volatile("mrs %0, fpsr" : "=r"(v));
  return v;
}
inline void set_fpsr(unsigned long v) { asm volatile("msr fpsr, %0" : : "r"(v)); }

inline unsigned test_flags(unsigned mask) { return static_cast<unsigned>(get_fpsr()) & mask & FE_ALL_EXCEPT; }
inline void clear_flags(unsigned mask) { set_fpsr(get_fpsr() & ~static_cast<unsigned long>(mask & FE_ALL_EXCEPT)); }
inline void store_flags(unsigned mask, unsigned values) {
  mask &= FE_ALL_EXCEPT;
  set_fpsr((get_fpsr() & ~static_cast<unsigned long>(mask)) | (values & mask));
}
inline int get_round() { return static_cast<int>(get_fpcr() & 0xc00000); }
inline void set_round(int r) { set_fpcr((get_fpcr() & ~0xc00000ul) | static_cast<unsigned>(r)); }
#else
#error "unsupported architecture"
#endif

inline bool valid_round(int r) {
  return r == FE_TONEAREST || r == FE_DOWNWARD || r == FE_UPWARD || r == FE_TOWARDZERO;
}

}  // namespace pure::fenv
