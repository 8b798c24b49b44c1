// UTF-8, the multibyte encoding of the C.UTF-8 semantics stdio uses for wide characters.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace pure::format {

// Encodes c into out (room for 4 bytes); returns the length, or -1 when c is not a
// Unicode scalar value (surrogates and values above U+10FFFF have no encoding).
inline int utf8_encode(uint32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xc0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3f));
    return 2;
  }
  if (c >= 0xd800 && c < 0xe000) return -1;
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xe0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    out[2] = static_cast<char>(0x80 | (c & 0x3f));
    return 3;
  }
  if (c < 0x110000) {
    out[0] = static_cast<char>(0xf0 | (c >> 18));
    out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3f));
    out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    out[3] = static_cast<char>(0x80 | (c & 0x3f));
    return 4;
  }
  return -1;
}

// How many bytes a sequence starting with lead byte b needs (0: b cannot start one).
inline int utf8_length(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

// Decodes the sequence at s (n bytes available). Returns the bytes used (> 0), -1 for an
// invalid sequence, or -2 when the n bytes are a valid but incomplete prefix.
inline int utf8_decode(const unsigned char* s, size_t n, uint32_t* out) {
  if (n == 0) return -2;
  int len = utf8_length(s[0]);
  if (len == 0) return -1;
  if (len == 1) {
    *out = s[0];
    return 1;
  }
  uint32_t c = s[0] & (0x7f >> len);
  for (int i = 1; i < len; i++) {
    if (static_cast<size_t>(i) >= n) return -2;
    if ((s[i] & 0xc0) != 0x80) return -1;
    // Reject overlong forms and surrogates as soon as the second byte shows them.
    if (i == 1) {
      if (s[0] == 0xe0 && s[1] < 0xa0) return -1;
      if (s[0] == 0xed && s[1] >= 0xa0) return -1;
      if (s[0] == 0xf0 && s[1] < 0x90) return -1;
      if (s[0] == 0xf4 && s[1] >= 0x90) return -1;
    }
    c = (c << 6) | (s[i] & 0x3f);
  }
  *out = c;
  return len;
}

}  // namespace pure::format
