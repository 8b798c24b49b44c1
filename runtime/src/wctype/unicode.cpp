// Lookups in the generated Unicode tables.
#include "wctype/unicode.h"

namespace pure::unicode {
namespace {

// A run of code points first, first+step, ..., last whose mapping adds delta.
struct CaseRun {
  uint32_t first;
  uint32_t last;
  uint8_t step;
  int32_t delta;
};
// Assigned code points above the three-level table's range.
struct HighRun {
  uint32_t first;
  uint32_t last;
  uint16_t bits;
};

#include "wctype/unicode_tables.inc"

template <unsigned N>
uint32_t map_case(const CaseRun (&runs)[N], uint32_t c) {
  // Binary search for the last run starting at or before c.
  unsigned lo = 0, hi = N;
  while (lo < hi) {
    unsigned mid = (lo + hi) / 2;
    if (runs[mid].first <= c) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return c;
  const CaseRun& r = runs[lo - 1];
  if (c > r.last || (c - r.first) % r.step != 0) return c;
  return static_cast<uint32_t>(static_cast<int32_t>(c) + r.delta);
}

}  // namespace

unsigned classes(uint32_t c) {
  if (c < kTableLimit) {
    unsigned row1 = kStage0[c >> (kShift1 + kShift2)];
    unsigned row2 = kStage1[row1][(c >> kShift2) & ((1u << kShift1) - 1)];
    return kClasses[kStage2[row2][c & ((1u << kShift2) - 1)]];
  }
  for (const HighRun& r : kHigh)
    if (c >= r.first && c <= r.last) return r.bits;
  return 0;
}

uint32_t to_upper(uint32_t c) { return map_case(kToUpper, c); }
uint32_t to_lower(uint32_t c) { return map_case(kToLower, c); }

}  // namespace pure::unicode
