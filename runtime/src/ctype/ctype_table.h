// The "C" locale's byte classes (C17 7.4.1, POSIX "LC_CTYPE Category in the POSIX
// Locale"), computed at compile time. Bytes 0x80..0xff belong to no class in any pure
// locale: in "C" they are not ASCII, and in UTF-8 locales a lone byte >= 0x80 is not a
// character.
#pragma once

namespace pure::ctype {

enum : unsigned short {
  kUpper = 1 << 0,
  kLower = 1 << 1,
  kAlpha = 1 << 2,
  kDigit = 1 << 3,
  kXdigit = 1 << 4,
  kSpace = 1 << 5,
  kPrint = 1 << 6,
  kGraph = 1 << 7,
  kBlank = 1 << 8,
  kCntrl = 1 << 9,
  kPunct = 1 << 10,
  kAlnum = 1 << 11,
};

constexpr unsigned short classify(int c) {
  unsigned short m = 0;
  if (c >= 'A' && c <= 'Z') m |= kUpper | kAlpha;
  if (c >= 'a' && c <= 'z') m |= kLower | kAlpha;
  if (c >= '0' && c <= '9') m |= kDigit | kXdigit;
  if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) m |= kXdigit;
  if (c == ' ' || (c >= '\t' && c <= '\r')) m |= kSpace;
  if (c == ' ' || c == '\t') m |= kBlank;
  if (c < 0x20 || c == 0x7f) m |= kCntrl;
  if (c >= 0x20 && c < 0x7f) m |= kPrint;
  if (c > 0x20 && c < 0x7f) m |= kGraph;
  if ((m & kGraph) && !(m & (kAlpha | kDigit))) m |= kPunct;
  if (m & (kAlpha | kDigit)) m |= kAlnum;
  return m;
}

struct Table {
  unsigned short bits[256];
};
constexpr Table make_table() {
  Table t{};
  for (int c = 0; c < 0x80; ++c) t.bits[c] = classify(c);
  return t;
}
inline constexpr Table kTable = make_table();

// The class bits of an int argument: EOF and anything outside unsigned char has none
// (the standard leaves other values undefined; pure answers 0 instead of reading wild).
inline bool has(int c, unsigned short mask) {
  return static_cast<unsigned>(c) < 256 && (kTable.bits[c] & mask);
}

}  // namespace pure::ctype
