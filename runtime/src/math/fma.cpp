// fma: x*y + z with one rounding. Hardware where the CPU has it (always on aarch64;
// on x86_64 when CPUID reports FMA3, checked once); otherwise an exact product and
// sum in double length with Boldo and Melquiond's round-to-odd step.
#include "math/core.h"

namespace pure::math {
namespace {


// float: the product is exact in double; the sum made round-to-odd there rounds once
// more correctly to float (53 >= 24 + 2 bits).
[[maybe_unused]] float fma_soft(float a, float b, float c) {
  if (is_nan(a) || is_nan(b) || is_nan(c) || !is_finite(a) || !is_finite(b)) return a * b + c;
  if (!is_finite(c)) return c;
  if (a == 0 || b == 0 || c == 0) return a * b + c;
  DD<double> r = two_sum(double(a) * double(b), double(c));
  return static_cast<float>(make_odd(r.hi, r.lo));
}

template <class T> T fma_soft(T a, T b, T c) {
  using F = Fp<T>;
  if (is_nan(a) || is_nan(b) || is_nan(c) || !is_finite(a) || !is_finite(b)) return a * b + c;
  if (!is_finite(c)) return c;
  if (a == 0 || b == 0 || c == 0) return a * b + c;  // one rounding at most
  constexpr int kFar = 3 * F::kPrec + 4;
  int ea = exponent_of(a), eb = exponent_of(b), ec = exponent_of(c);
  int ep = ea + eb;
  int s = ep > ec ? ep : ec;
  DD<T> prod;
  T cs;
  if (ep < s - kFar) {
    // The product only decides the rounding direction: a sticky stand-in keeps it.
    prod = dd(pow2<T>(-kFar) * ((sign_of(a) != sign_of(b)) ? T(-1) : T(1)));
  } else {
    prod = two_prod(scale2(a, -ea), scale2(b, -eb));
    T k = pow2<T>(ep - s);
    prod = {prod.hi * k, prod.lo * k};
  }
  if (ec < s - kFar) cs = copysign_of(pow2<T>(-kFar), c);
  else cs = scale2(c, -s);
  DD<T> t = two_sum(cs, prod.hi);
  DD<T> v = two_sum(t.lo, prod.lo);
  T odd = make_odd(v.hi, v.lo);
  // t.hi + odd is exact in double length and never sits on a rounding boundary unless
  // the true value does: result() rounds it once, subnormal results included.
  return result<T>(two_sum(t.hi, odd), s);
}

#if defined(__x86_64__)
// VEX-encoded FMA3: a = b * a + c.
double fma_hw(double a, double b, double c) {
  asm("vfmadd213sd %2, %1, %0" : "+x"(a) : "x"(b), "x"(c));
  return a;
}
float fma_hw(float a, float b, float c) {
  asm("vfmadd213ss %2, %1, %0" : "+x"(a) : "x"(b), "x"(c));
  return a;
}

// 0 unknown, 1 yes, 2 no. Races only repeat the same answer.
constinit int have_fma = 0;

bool cpu_has_fma() {
  int h = __atomic_load_n(&have_fma, __ATOMIC_RELAXED);
  if (h == 0) {
    unsigned a, b, c, d;
    asm volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1), "c"(0));
    // FMA (bit 12) is usable only if the OS saves the AVX state (OSXSAVE, XCR0 bits 1-2).
    bool ok = (c & (1u << 12)) && (c & (1u << 27)) && (c & (1u << 28));
    if (ok) {
      unsigned lo, hi;
      asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
      ok = (lo & 6) == 6;
    }
    h = ok ? 1 : 2;
    __atomic_store_n(&have_fma, h, __ATOMIC_RELAXED);
  }
  return h == 1;
}
#endif

template <class T> T fma_impl(T a, T b, T c) {
  T r;
#if defined(__aarch64__)
  if constexpr (sizeof(T) <= 8) r = fma_insn(a, b, c);
  else r = fma_soft(a, b, c);
#else
  if constexpr (sizeof(T) <= 8) r = cpu_has_fma() ? fma_hw(a, b, c) : fma_soft(a, b, c);
  else r = fma_soft(a, b, c);
#endif
  if (is_inf(r) && is_finite(a) && is_finite(b) && is_finite(c)) set_errno(ERANGE);
  if (is_nan(r) && !is_nan(a) && !is_nan(b) && !is_nan(c)) set_errno(EDOM);
  return r;
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
extern "C" double fma(double a, double b, double c) { return fma_impl(a, b, c); }
extern "C" float fmaf(float a, float b, float c) { return fma_impl(a, b, c); }
extern "C" long double fmal(long double a, long double b, long double c) { return fma_impl(a, b, c); }
