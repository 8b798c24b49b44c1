// DNS wire format (RFC 1035 section 4): names with compression pointers, integers.
// Freestanding so host tests can compile it; every read is checked against the end of
// the message, so malformed input yields an error, never an out-of-bounds access.
#pragma once
#include <stddef.h>
#include <stdint.h>

namespace pure::dns {

constexpr int kMaxWireName = 255;  // NS_MAXCDNAME
constexpr int kMaxLabel = 63;

inline unsigned get16(const uint8_t* p) { return (unsigned{p[0]} << 8) | p[1]; }
inline uint32_t get32(const uint8_t* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}
inline void put16(unsigned v, uint8_t* p) {
  p[0] = static_cast<uint8_t>(v >> 8);
  p[1] = static_cast<uint8_t>(v);
}
inline void put32(uint32_t v, uint8_t* p) {
  p[0] = static_cast<uint8_t>(v >> 24);
  p[1] = static_cast<uint8_t>(v >> 16);
  p[2] = static_cast<uint8_t>(v >> 8);
  p[3] = static_cast<uint8_t>(v);
}

// The length of the (possibly compressed) name at p as it sits there, or -1.
inline int skip_name(const uint8_t* p, const uint8_t* eom) {
  const uint8_t* start = p;
  while (p < eom) {
    unsigned len = *p;
    if (len == 0) return static_cast<int>(p + 1 - start);
    if ((len & 0xc0) == 0xc0) return p + 2 <= eom ? static_cast<int>(p + 2 - start) : -1;
    if (len & 0xc0) return -1;  // the 0x40/0x80 label types are obsolete
    p += len + 1;
  }
  return -1;
}

// Reads the name at src into uncompressed wire form (labels, ending in the root label).
// Returns the bytes the name occupies at src, or -1. Pointers are followed at most as
// many times as the message has bytes, so a pointer loop ends in an error.
inline int read_wire_name(const uint8_t* msg, const uint8_t* eom, const uint8_t* src,
                          uint8_t out[kMaxWireName]) {
  if (src < msg || src >= eom) return -1;
  int consumed = -1;
  int n = 0;
  long jumps = 0;
  const uint8_t* p = src;
  for (;;) {
    if (p >= eom) return -1;
    unsigned len = *p;
    if ((len & 0xc0) == 0xc0) {
      if (p + 2 > eom) return -1;
      if (consumed < 0) consumed = static_cast<int>(p + 2 - src);
      if (++jumps > eom - msg) return -1;
      unsigned offset = ((len & 0x3f) << 8) | p[1];
      p = msg + offset;
      if (p >= eom) return -1;
      continue;
    }
    if (len & 0xc0) return -1;
    if (p + 1 + len > eom || n + 1 + static_cast<int>(len) > kMaxWireName) return -1;
    for (unsigned i = 0; i <= len; i++) out[n++] = p[i];
    p += len + 1;
    if (len == 0) break;
  }
  if (consumed < 0) consumed = static_cast<int>(p - src);
  return consumed;
}

// Presentation form of a wire name: labels joined by '.', with '.', '\\' and the other
// characters special in zone files escaped as "\c", and non-printing bytes as "\DDD".
// The root is ".". Returns the length written (without the NUL) or -1 if dst is small.
inline int wire_to_text(const uint8_t* wire, char* dst, size_t dstsiz) {
  size_t n = 0;
  auto put = [&](char c) {
    if (n + 1 >= dstsiz) return false;
    dst[n++] = c;
    return true;
  };
  const uint8_t* p = wire;
  if (*p == 0) {
    if (!put('.')) return -1;
  }
  while (*p) {
    unsigned len = *p++;
    if (p != wire + 1 && !put('.')) return -1;
    for (unsigned i = 0; i < len; i++) {
      unsigned c = p[i];
      bool special = c == '.' || c == '\\' || c == '"' || c == ';' || c == '(' || c == ')' ||
                     c == '@' || c == '$';
      if (special) {
        if (!put('\\') || !put(static_cast<char>(c))) return -1;
      } else if (c <= 0x20 || c >= 0x7f) {
        if (!put('\\') || !put(static_cast<char>('0' + c / 100)) ||
            !put(static_cast<char>('0' + c / 10 % 10)) || !put(static_cast<char>('0' + c % 10)))
          return -1;
      } else if (!put(static_cast<char>(c))) {
        return -1;
      }
    }
    p += len;
  }
  if (dstsiz == 0) return -1;
  dst[n] = '\0';
  return static_cast<int>(n);
}

// Wire form of a presentation name (escapes as above; a final '.' is optional; "" and
// "." are the root). Returns the wire length or -1.
inline int text_to_wire(const char* src, uint8_t out[kMaxWireName]) {
  int n = 0;
  if (src[0] == '.' && src[1] == '\0') src++;
  while (*src) {
    int label_at = n++;
    int len = 0;
    if (n > kMaxWireName - 1) return -1;
    while (*src && *src != '.') {
      unsigned c = static_cast<unsigned char>(*src++);
      if (c == '\\') {
        if (src[0] >= '0' && src[0] <= '9') {
          if (!(src[1] >= '0' && src[1] <= '9' && src[2] >= '0' && src[2] <= '9')) return -1;
          c = static_cast<unsigned>((src[0] - '0') * 100 + (src[1] - '0') * 10 + (src[2] - '0'));
          if (c > 255) return -1;
          src += 3;
        } else if (*src) {
          c = static_cast<unsigned char>(*src++);
        } else {
          return -1;
        }
      }
      if (++len > kMaxLabel || n >= kMaxWireName - 1) return -1;
      out[n++] = static_cast<uint8_t>(c);
    }
    if (len == 0) return -1;  // an empty label: "a..b" or a leading '.'
    out[label_at] = static_cast<uint8_t>(len);
    if (*src == '.') src++;
  }
  out[n++] = 0;
  return n;
}

inline uint8_t lower(uint8_t c) { return c >= 'A' && c <= 'Z' ? static_cast<uint8_t>(c + 32) : c; }

// Whether two uncompressed wire names are equal, ignoring ASCII case.
inline bool wire_equal(const uint8_t* a, const uint8_t* b) {
  for (;;) {
    if (*a != *b) return false;
    unsigned len = *a;
    if (len == 0) return true;
    for (unsigned i = 1; i <= len; i++)
      if (lower(a[i]) != lower(b[i])) return false;
    a += len + 1;
    b += len + 1;
  }
}

// Writes the wire name into dst, replacing the longest suffix already present in the
// message by a pointer to it. dnptrs (as for dn_comp) lists the message start, then the
// names written so far, ending in null; new names are added until lastdnptr. With
// dnptrs null, nothing is compressed. Returns the bytes written or -1.
inline int compress_wire(const uint8_t* wire, uint8_t* dst, int dstsiz, uint8_t** dnptrs,
                         uint8_t** lastdnptr) {
  const uint8_t* msg = dnptrs ? dnptrs[0] : nullptr;
  uint8_t** end_of_list = nullptr;
  if (dnptrs) {
    end_of_list = dnptrs + 1;
    while (*end_of_list) end_of_list++;
  }
  int n = 0;
  const uint8_t* suffix = wire;
  while (true) {
    if (*suffix != 0 && msg) {
      // Look for this suffix among the names already in the message.
      for (uint8_t** cp = dnptrs + 1; *cp; cp++) {
        uint8_t candidate[kMaxWireName];
        const uint8_t* here = *cp;
        // A candidate's suffixes are candidates too: walk its labels.
        if (read_wire_name(msg, dst, here, candidate) < 0) continue;
        const uint8_t* c = candidate;
        long c_offset = here - msg;
        const uint8_t* walk = here;
        while (*c) {
          if (wire_equal(c, suffix) && c_offset < 0x4000) {
            if (n + 2 > dstsiz) return -1;
            dst[n++] = static_cast<uint8_t>(0xc0 | (c_offset >> 8));
            dst[n++] = static_cast<uint8_t>(c_offset);
            return n;
          }
          // Advance to the next label in the message; a pointer ends the walk, since the
          // name it leads to is in the list by itself.
          if ((*walk & 0xc0) == 0xc0) break;
          walk += *walk + 1;
          c_offset = walk - msg;
          c += *c + 1;
        }
      }
    }
    if (*suffix == 0) {
      if (n + 1 > dstsiz) return -1;
      dst[n++] = 0;
      return n;
    }
    unsigned len = *suffix;
    if (n + 1 + static_cast<int>(len) > dstsiz) return -1;
    if (msg && suffix == wire && end_of_list && end_of_list < lastdnptr && dst - msg < 0x4000) {
      *end_of_list++ = dst;
      *end_of_list = nullptr;
    }
    for (unsigned i = 0; i <= len; i++) dst[n++] = suffix[i];
    suffix += len + 1;
  }
}

}  // namespace pure::dns
