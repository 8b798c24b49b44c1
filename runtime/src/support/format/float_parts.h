// Floating-point values taken apart: sign, class, and value = mant * 2^exp with an integer
// mantissa. Works on the bit patterns, so formatting never depends on the rounding of
// floating-point arithmetic (or on compiler-rt's slow binary128 routines on aarch64).
#pragma once
#include <float.h>
#include <stdint.h>

namespace pure::format {

using u128 = unsigned __int128;

enum class FpClass { kZero, kFinite, kInf, kNan };

struct FloatParts {
  bool negative;
  FpClass cls;
  u128 mant;  // finite values: value = mant * 2^exp
  int exp;
  // The hexadecimal (%a) view: lead + frac / 16^frac_digits, times 2^hex_exp.
  unsigned hex_lead;
  u128 hex_frac;
  int frac_digits;
  int hex_exp;
};

inline FloatParts decompose(double v) {
  uint64_t bits = __builtin_bit_cast(uint64_t, v);
  FloatParts p{};
  p.negative = bits >> 63;
  int e = static_cast<int>((bits >> 52) & 0x7ff);
  uint64_t f = bits & ((uint64_t{1} << 52) - 1);
  p.frac_digits = 13;
  p.hex_frac = f;
  if (e == 0x7ff) {
    p.cls = f ? FpClass::kNan : FpClass::kInf;
  } else if (e == 0) {
    p.cls = f ? FpClass::kFinite : FpClass::kZero;
    p.mant = f;
    p.exp = -1074;
    p.hex_lead = 0;
    p.hex_exp = f ? -1022 : 0;
  } else {
    p.cls = FpClass::kFinite;
    p.mant = f | (uint64_t{1} << 52);
    p.exp = e - 1075;
    p.hex_lead = 1;
    p.hex_exp = e - 1023;
  }
  return p;
}

#if LDBL_MANT_DIG == 64
// x87 extended: explicit integer bit; %La shows the top nibble of the 64-bit significand
// as the leading digit (0x8p-3 for 1.0L), as the established Linux libc does.
inline FloatParts decompose(long double v) {
  struct {
    uint64_t m;
    uint16_t se;
  } raw;
  __builtin_memcpy(&raw, &v, 10);
  FloatParts p{};
  p.negative = raw.se >> 15;
  int e = raw.se & 0x7fff;
  uint64_t m = raw.m;
  p.frac_digits = 15;
  p.hex_lead = static_cast<unsigned>(m >> 60);
  p.hex_frac = m & ((uint64_t{1} << 60) - 1);
  if (e == 0x7fff) {
    p.cls = (m << 1) ? FpClass::kNan : FpClass::kInf;
  } else if (m == 0) {
    p.cls = FpClass::kZero;
  } else {
    p.cls = FpClass::kFinite;
    p.mant = m;
    p.exp = (e ? e : 1) - 16383 - 63;
    p.hex_exp = (e ? e : 1) - 16383 - 3;
  }
  return p;
}
#elif LDBL_MANT_DIG == 113
inline FloatParts decompose(long double v) {
  u128 bits = __builtin_bit_cast(u128, v);
  FloatParts p{};
  p.negative = static_cast<bool>(bits >> 127);
  int e = static_cast<int>((bits >> 112) & 0x7fff);
  u128 f = bits & ((u128{1} << 112) - 1);
  p.frac_digits = 28;
  p.hex_frac = f;
  if (e == 0x7fff) {
    p.cls = f ? FpClass::kNan : FpClass::kInf;
  } else if (e == 0) {
    p.cls = f ? FpClass::kFinite : FpClass::kZero;
    p.mant = f;
    p.exp = -16494;
    p.hex_lead = 0;
    p.hex_exp = f ? -16382 : 0;
  } else {
    p.cls = FpClass::kFinite;
    p.mant = f | (u128{1} << 112);
    p.exp = e - 16495;
    p.hex_lead = 1;
    p.hex_exp = e - 16383;
  }
  return p;
}
#elif LDBL_MANT_DIG == 53
inline FloatParts decompose(long double v) { return decompose(static_cast<double>(v)); }
#else
#error "pure libc: unknown long double format"
#endif

}  // namespace pure::format
