// The text forms of Internet addresses, parsed and printed. Freestanding (no libc calls)
// so the host tests can compile it and compare it with glibc (tests/host/inet_vs_glibc).
// Addresses are byte arrays in network order; results are lengths or booleans.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace pure::inet {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
inline bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// One number of the classic notation, as C writes constants: 0x hex, leading 0 octal,
// else decimal. Fails above 32 bits. *s is left after the digits.
inline bool parse_classic_part(const char*& s, uint64_t& value) {
  unsigned base = 10;
  if (*s == '0') {
    base = 8;
    if (s[1] == 'x' || s[1] == 'X') {
      // "0x" with no hex digit is the number 0 followed by an 'x', like strtoul reads it.
      if (hex_value(s[2]) < 0) {
        value = 0;
        s++;
        return true;
      }
      base = 16;
      s += 2;
    }
  }
  value = 0;
  for (;; s++) {
    int d = hex_value(*s);
    if (d < 0 || d >= static_cast<int>(base)) break;
    value = value * base + static_cast<unsigned>(d);
    if (value > 0xffffffffu) return false;
  }
  return true;
}

// inet_aton's forms: a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits), a (32 bits); each part
// 0x hex, 0 octal or decimal. Whitespace may end the address (and anything follow it).
inline bool parse_ipv4_classic(const char* s, uint32_t& host_order) {
  uint32_t parts[4];
  int n = 0;
  for (;;) {
    if (!is_digit(*s)) return false;
    uint64_t v;
    if (!parse_classic_part(s, v)) return false;
    if (*s != '.') {
      parts[n++] = static_cast<uint32_t>(v);
      break;
    }
    if (n == 3 || v > 0xff) return false;
    parts[n++] = static_cast<uint32_t>(v);
    s++;
  }
  if (*s != '\0' && !is_space(*s)) return false;
  static constexpr uint32_t kLastMax[4] = {0xffffffffu, 0xffffffu, 0xffffu, 0xffu};
  uint32_t last = parts[n - 1];
  if (last > kLastMax[n - 1]) return false;
  uint32_t result = last;
  for (int i = 0; i < n - 1; i++) result |= parts[i] << (24 - 8 * i);
  host_order = result;
  return true;
}

// inet_pton's IPv4 form: exactly four decimal parts of 0..255, no leading zeros.
inline bool parse_ipv4_strict(const char* s, const char* end, uint8_t out[4]) {
  int n = 0;
  while (true) {
    if (s == end || !is_digit(*s)) return false;
    unsigned v = 0;
    const char* start = s;
    while (s != end && is_digit(*s)) {
      if (s != start && *start == '0') return false;
      v = v * 10 + static_cast<unsigned>(*s - '0');
      if (v > 255) return false;
      s++;
    }
    out[n++] = static_cast<uint8_t>(v);
    if (n == 4) return s == end;
    if (s == end || *s != '.') return false;
    s++;
  }
}

inline size_t cstr_len(const char* s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

// RFC 4291 section 2.2: eight groups of up to four hex digits, one "::" standing for one
// or more zero groups, and optionally a dotted IPv4 address as the last 32 bits.
inline bool parse_ipv6(const char* s, uint8_t out[16]) {
  uint8_t bytes[16] = {};
  int len = 0;        // bytes written
  int gap = -1;       // where "::" stands
  if (*s == ':') {
    if (s[1] != ':') return false;
    gap = 0;
    s += 2;
    if (*s == '\0') {
      for (int i = 0; i < 16; i++) out[i] = 0;
      return true;
    }
  }
  for (;;) {
    const char* token = s;
    unsigned v = 0;
    int digits = 0;
    while (hex_value(*s) >= 0) {
      if (++digits > 4) return false;
      v = (v << 4) | static_cast<unsigned>(hex_value(*s));
      s++;
    }
    if (*s == '.') {
      // The rest must be a dotted IPv4 address filling the last four bytes.
      if (len > 12) return false;
      if (!parse_ipv4_strict(token, token + cstr_len(token), bytes + len)) return false;
      len += 4;
      break;
    }
    if (digits == 0) return false;
    if (len > 14) return false;
    bytes[len++] = static_cast<uint8_t>(v >> 8);
    bytes[len++] = static_cast<uint8_t>(v);
    if (*s == '\0') break;
    if (*s != ':') return false;
    s++;
    if (*s == ':') {
      if (gap >= 0) return false;
      gap = len;
      s++;
      if (*s == '\0') break;
    } else if (*s == '\0') {
      return false;  // a trailing single ':'
    }
  }
  if (gap >= 0) {
    if (len == 16) return false;  // "::" must stand for at least one group
    int tail = len - gap;
    for (int i = 0; i < 16; i++) out[i] = 0;
    for (int i = 0; i < gap; i++) out[i] = bytes[i];
    for (int i = 0; i < tail; i++) out[16 - tail + i] = bytes[gap + i];
    return true;
  }
  if (len != 16) return false;
  for (int i = 0; i < 16; i++) out[i] = bytes[i];
  return true;
}

// Writes "a.b.c.d" and a terminating NUL into out (room for 16); returns the length.
inline size_t format_ipv4(const uint8_t in[4], char* out) {
  size_t n = 0;
  for (int i = 0; i < 4; i++) {
    unsigned v = in[i];
    if (i) out[n++] = '.';
    if (v >= 100) out[n++] = static_cast<char>('0' + v / 100);
    if (v >= 10) out[n++] = static_cast<char>('0' + v / 10 % 10);
    out[n++] = static_cast<char>('0' + v % 10);
  }
  out[n] = '\0';
  return n;
}

// RFC 5952: lowercase hex without leading zeros, the longest run of two or more zero
// groups (the first of equal runs) as "::". IPv4-compatible addresses whose seventh
// group is not zero (::a.b.c.d) and IPv4-mapped ones (::ffff:a.b.c.d) end in dotted
// form, as glibc prints them. Writes a NUL-terminated string into out (room for 46); returns its length.
inline size_t format_ipv6(const uint8_t in[16], char* out) {
  unsigned words[8];
  for (int i = 0; i < 8; i++) words[i] = (unsigned{in[2 * i]} << 8) | in[2 * i + 1];
  int best = -1, best_len = 0;
  for (int i = 0; i < 8;) {
    if (words[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && words[j] == 0) j++;
    if (j - i > best_len) {
      best = i;
      best_len = j - i;
    }
    i = j;
  }
  if (best_len < 2) best = -1;
  bool dotted_tail = best == 0 && (best_len == 6 || (best_len == 5 && words[5] == 0xffff));
  int groups = dotted_tail ? 6 : 8;
  size_t n = 0;
  for (int i = 0; i < groups; i++) {
    if (i == best) {
      out[n++] = ':';
      if (i == 0) out[n++] = ':';
      i += best_len - 1;
      continue;
    }
    static constexpr char kHex[] = "0123456789abcdef";
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
      unsigned d = (words[i] >> shift) & 0xf;
      if (d || started || shift == 0) {
        out[n++] = kHex[d];
        started = true;
      }
    }
    if (i < 7) out[n++] = ':';  // groups before the dotted tail need theirs too
  }
  if (dotted_tail) return n + format_ipv4(in + 12, out + n);
  out[n] = '\0';
  return n;
}

}  // namespace pure::inet
