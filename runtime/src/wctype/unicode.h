// Unicode character classes and simple case mappings (tables generated from the Unicode
// Character Database by scripts/gen-unicode-tables.py; see its header for what each class
// means). Wide characters are code points in every pure locale.
#pragma once
#include <stdint.h>

namespace pure::unicode {

enum : unsigned {
  kAlpha = 1 << 0,
  kUpper = 1 << 1,
  kLower = 1 << 2,
  kSpace = 1 << 3,
  kBlank = 1 << 4,
  kCntrl = 1 << 5,
  kPrint = 1 << 6,
  kPunct = 1 << 7,
  kWidthShift = 8,  // two bits: the column width (0..2) of a printable character
};

// The class bits of a code point (0 for unassigned code points and non-characters
// outside 0..0x10FFFF).
unsigned classes(uint32_t c);
// Simple (one-to-one) case mappings; other code points map to themselves.
uint32_t to_upper(uint32_t c);
uint32_t to_lower(uint32_t c);

inline bool is_digit(uint32_t c) { return c - '0' < 10; }
inline bool is_xdigit(uint32_t c) { return is_digit(c) || (c | 0x20) - 'a' < 6; }

}  // namespace pure::unicode
