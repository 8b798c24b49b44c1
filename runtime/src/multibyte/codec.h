// The multibyte encodings of pure's locales, one character at a time.
//
// UTF-8 locales: strict UTF-8 (RFC 3629): overlong forms, surrogates (U+D800..U+DFFF) and
// values above U+10FFFF are encoding errors, caught at the first byte that rules them out.
// "C" / "POSIX": one byte per character, and every byte is a character: 0x00..0x7f are
// ASCII and 0x80..0xff map to U+0080..U+00FF, so any byte string survives a round trip
// through wide characters (glibc's C locale rejects those bytes instead; MB_CUR_MAX is 1
// either way).
//
// mbstate_t while a UTF-8 character is incomplete: __state holds the bits decoded so far,
// __count the bytes still needed (bits 0..7) and the sequence length (bits 8..15). The
// initial state is all zero; mbsinit tests __count == 0. Higher __count bits are used by
// the char16_t / char8_t converters for their own pending output (c16rtomb.cpp, c8rtomb.cpp).
#pragma once
#include <stddef.h>
#include <stdint.h>
#include <wchar.h>

#include "locale/locale.h"

namespace pure::mb {

inline constexpr size_t kInvalid = static_cast<size_t>(-1);
inline constexpr size_t kIncomplete = static_cast<size_t>(-2);

// Bits of __count that belong to the UTF-8 decoder.
inline constexpr unsigned kDecodeMask = 0xffff;

inline void reset(mbstate_t* st) {
  st->__state = 0;
  st->__count = 0;
}

// Decodes one character from s[0..n). Returns the bytes consumed to complete it (0 when it
// is the null character), kIncomplete when all n bytes were consumed into *st without
// completing one, or kInvalid on an encoding error (the state is then reset; the caller
// sets EILSEQ).
inline size_t decode_utf8(char32_t* out, const unsigned char* s, size_t n, mbstate_t* st) {
  uint32_t value = st->__state;
  unsigned need = st->__count & 0xff;
  unsigned len = (st->__count >> 8) & 0xff;
  size_t i = 0;
  if (need == 0) {
    if (n == 0) return kIncomplete;
    unsigned b = s[i++];
    if (b < 0x80) {
      *out = b;
      return b ? 1 : 0;
    }
    if (b < 0xc2) {  // a continuation byte, or the lead of an overlong 2-byte form
      reset(st);
      return kInvalid;
    }
    if (b < 0xe0) len = 2, value = b & 0x1f;
    else if (b < 0xf0) len = 3, value = b & 0x0f;
    else if (b < 0xf5) len = 4, value = b & 0x07;
    else {
      reset(st);
      return kInvalid;
    }
    need = len - 1;
  } else if (len < 2 || len > 4 || need >= len || (st->__count & ~kDecodeMask)) {
    reset(st);  // not a state this decoder left behind
    return kInvalid;
  }
  for (; need > 0; --need, ++i) {
    if (i == n) {
      st->__state = value;
      st->__count = need | len << 8;
      return kIncomplete;
    }
    unsigned b = s[i];
    unsigned lo = 0x80, hi = 0xbf;
    if (need == len - 1) {
      // The second byte decides overlongs, surrogates and the U+10FFFF limit.
      if (len == 3 && value == 0x0) lo = 0xa0;       // E0: below U+0800 is overlong
      else if (len == 3 && value == 0xd) hi = 0x9f;  // ED: U+D800.. are surrogates
      else if (len == 4 && value == 0x0) lo = 0x90;  // F0: below U+10000 is overlong
      else if (len == 4 && value == 0x4) hi = 0x8f;  // F4: above U+10FFFF
    }
    if (b < lo || b > hi) {
      reset(st);
      return kInvalid;
    }
    value = value << 6 | (b & 0x3f);
  }
  reset(st);
  *out = value;
  return i;
}

// Encodes one character; returns its length (1..4) or kInvalid.
inline size_t encode_utf8(char* out, uint32_t c) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xc0 | c >> 6);
    out[1] = static_cast<char>(0x80 | (c & 0x3f));
    return 2;
  }
  if (c < 0x10000) {
    if (c >= 0xd800 && c <= 0xdfff) return kInvalid;
    out[0] = static_cast<char>(0xe0 | c >> 12);
    out[1] = static_cast<char>(0x80 | (c >> 6 & 0x3f));
    out[2] = static_cast<char>(0x80 | (c & 0x3f));
    return 3;
  }
  if (c < 0x110000) {
    out[0] = static_cast<char>(0xf0 | c >> 18);
    out[1] = static_cast<char>(0x80 | (c >> 12 & 0x3f));
    out[2] = static_cast<char>(0x80 | (c >> 6 & 0x3f));
    out[3] = static_cast<char>(0x80 | (c & 0x3f));
    return 4;
  }
  return kInvalid;
}

// The current locale's decoder (see decode_utf8 for the results).
inline size_t decode(bool utf8, char32_t* out, const unsigned char* s, size_t n, mbstate_t* st) {
  if (utf8) return decode_utf8(out, s, n, st);
  if (n == 0) return kIncomplete;
  *out = s[0];
  return s[0] ? 1 : 0;
}

// The current locale's encoder (see encode_utf8).
inline size_t encode(bool utf8, char* out, uint32_t c) {
  if (utf8) return encode_utf8(out, c);
  if (c > 0xff) return kInvalid;
  out[0] = static_cast<char>(c);
  return 1;
}

// The longest character of the encoding (MB_CUR_MAX).
inline size_t max_length(bool utf8) { return utf8 ? 4 : 1; }

}  // namespace pure::mb
