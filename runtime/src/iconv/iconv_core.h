// The conversion engine behind iconv: character set names, one decoder and one encoder
// per kind of encoding, and the loop iconv() runs. Header-only and free of libc state so
// that tests/host/iconv_vs_glibc.cpp can compile it for the host and compare it with glibc.
//
// Every conversion goes through Unicode scalar values: input that decodes to a surrogate
// or to a value above U+10FFFF is invalid in every encoding (glibc lets UTF-8, UCS-4 and
// WCHAR_T carry values up to 0x7fffffff; pure follows RFC 3629 and Unicode).
//
// Where an encoding has a byte order mark: "UTF-16" and "UTF-32" input starts in native
// order and switches to the order of a BOM that begins it (the BOM is consumed); their
// output begins with a BOM in native order. The explicit LE/BE forms, UCS-2 and UCS-4 treat
// U+FEFF as an ordinary character. These are glibc's choices, kept so data moves between
// the two unchanged. Both of pure's targets are little-endian, but nothing here assumes it.
#pragma once
#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#include "support/format/utf8.h"

namespace pure::iconv {

enum class Kind : uint8_t {
  kUtf8,
  kUtf16,  // 2-byte units, surrogate pairs for U+10000 and above
  kUcs2,   // 2-byte units, the Basic Multilingual Plane only
  kUtf32,  // 4-byte units
  kAscii,
  kLatin1,
  kByteTable,  // an 8-bit set: ASCII below 0x80, kByteTables above
};

enum class Order : uint8_t { kLittle, kBig, kBom };

struct Encoding {
  Kind kind;
  Order order;    // for kUtf16, kUcs2 and kUtf32 (kLittle, unused, for the others)
  uint8_t table;  // for kByteTable: index into kByteTables
};

struct ByteSetName {
  const char* name;
  uint8_t table;
};

struct Translit {
  uint32_t code;
  char text[5];  // printable ASCII, NUL-terminated
};

#include "iconv/iconv_tables.inc"

inline constexpr Order kNativeOrder =
    __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__ ? Order::kBig : Order::kLittle;

// An open conversion: what iconv_t points to.
struct Converter {
  Encoding from;
  Encoding to;
  bool translit;    // //TRANSLIT: approximate what `to` cannot represent
  bool ignore;      // //IGNORE: drop what cannot be decoded or represented
  bool in_started;  // a BOM-order input has decided its byte order
  bool in_big;      // ... and it is big-endian
  bool out_bom;     // a BOM-order output has written its BOM
};

// ---- names ---------------------------------------------------------------------------

// Compares a character set name the way glibc's alias lookup does, and a little more
// loosely: case is ignored, and so are '-' and '_' ("utf8", "UTF_8", "iso88591" all work).
inline bool same_name(const char* a, size_t alen, const char* b) {
  size_t i = 0;
  for (;;) {
    while (i < alen && (a[i] == '-' || a[i] == '_')) ++i;
    while (*b == '-' || *b == '_') ++b;
    if (i == alen || *b == '\0') return i == alen && *b == '\0';
    char x = a[i], y = *b;
    if (x >= 'a' && x <= 'z') x = static_cast<char>(x - 'a' + 'A');
    if (y >= 'a' && y <= 'z') y = static_cast<char>(y - 'a' + 'A');
    if (x != y) return false;
    ++i, ++b;
  }
}

struct NamedEncoding {
  const char* name;
  Encoding encoding;
};

inline constexpr NamedEncoding kEncodings[] = {
    {"UTF-8", {Kind::kUtf8, Order::kLittle, 0}},
    {"UTF-16", {Kind::kUtf16, Order::kBom, 0}},
    {"UTF-16LE", {Kind::kUtf16, Order::kLittle, 0}},
    {"UTF-16BE", {Kind::kUtf16, Order::kBig, 0}},
    {"UTF-32", {Kind::kUtf32, Order::kBom, 0}},
    {"UTF-32LE", {Kind::kUtf32, Order::kLittle, 0}},
    {"UTF-32BE", {Kind::kUtf32, Order::kBig, 0}},
    // glibc's UCS-2 is native order without a BOM; UCS-4 is big-endian.
    {"UCS-2", {Kind::kUcs2, kNativeOrder, 0}},
    {"CSUNICODE", {Kind::kUcs2, kNativeOrder, 0}},
    {"UCS-2LE", {Kind::kUcs2, Order::kLittle, 0}},
    {"UNICODELITTLE", {Kind::kUcs2, Order::kLittle, 0}},
    {"UCS-2BE", {Kind::kUcs2, Order::kBig, 0}},
    {"UNICODEBIG", {Kind::kUcs2, Order::kBig, 0}},
    {"UCS-4", {Kind::kUtf32, Order::kBig, 0}},
    {"UCS-4BE", {Kind::kUtf32, Order::kBig, 0}},
    {"UCS4", {Kind::kUtf32, Order::kBig, 0}},
    {"ISO-10646", {Kind::kUtf32, Order::kBig, 0}},
    {"10646-1:1993", {Kind::kUtf32, Order::kBig, 0}},
    {"CSUCS4", {Kind::kUtf32, Order::kBig, 0}},
    {"UCS-4LE", {Kind::kUtf32, Order::kLittle, 0}},
    {"WCHAR_T", {Kind::kUtf32, kNativeOrder, 0}},  // pure's wchar_t: 32-bit UTF-32
    {"ASCII", {Kind::kAscii, Order::kLittle, 0}},
    {"US-ASCII", {Kind::kAscii, Order::kLittle, 0}},
    {"ANSI_X3.4-1968", {Kind::kAscii, Order::kLittle, 0}},
    {"ANSI_X3.4-1986", {Kind::kAscii, Order::kLittle, 0}},
    {"ISO646-US", {Kind::kAscii, Order::kLittle, 0}},
    {"ISO_646.IRV:1991", {Kind::kAscii, Order::kLittle, 0}},
    {"ISO-IR-6", {Kind::kAscii, Order::kLittle, 0}},
    {"US", {Kind::kAscii, Order::kLittle, 0}},
    {"IBM367", {Kind::kAscii, Order::kLittle, 0}},
    {"CP367", {Kind::kAscii, Order::kLittle, 0}},
    {"CSASCII", {Kind::kAscii, Order::kLittle, 0}},
    {"ISO-8859-1", {Kind::kLatin1, Order::kLittle, 0}},
    {"ISO_8859-1:1987", {Kind::kLatin1, Order::kLittle, 0}},
    {"ISO-IR-100", {Kind::kLatin1, Order::kLittle, 0}},
    {"LATIN1", {Kind::kLatin1, Order::kLittle, 0}},
    {"L1", {Kind::kLatin1, Order::kLittle, 0}},
    {"IBM819", {Kind::kLatin1, Order::kLittle, 0}},
    {"CP819", {Kind::kLatin1, Order::kLittle, 0}},
    {"CSISOLATIN1", {Kind::kLatin1, Order::kLittle, 0}},
    {"8859_1", {Kind::kLatin1, Order::kLittle, 0}},
};

// Looks up a character set name given as the first `len` bytes of `name`.
inline bool find_encoding(const char* name, size_t len, Encoding* out) {
  for (const NamedEncoding& e : kEncodings) {
    if (same_name(name, len, e.name)) {
      *out = e.encoding;
      return true;
    }
  }
  for (const ByteSetName& b : kByteSetNames) {
    if (same_name(name, len, b.name)) {
      *out = {Kind::kByteTable, Order::kLittle, b.table};
      return true;
    }
  }
  return false;
}

// Parses "NAME[//SUFFIX...]" (iconv_open's tocode or fromcode). Suffixes are
// case-insensitive; TRANSLIT and IGNORE set the flags, others are ignored as glibc does.
// An empty NAME is `locale_codeset`, the current locale's.
inline bool parse_code(const char* code, const char* locale_codeset, Encoding* out,
                       bool* translit, bool* ignore) {
  size_t len = 0;
  while (code[len] && !(code[len] == '/' && code[len + 1] == '/')) ++len;
  bool found = len == 0 ? find_encoding(locale_codeset, __builtin_strlen(locale_codeset), out)
                        : find_encoding(code, len, out);
  if (!found) return false;
  const char* p = code + len;
  while (*p == '/') {
    while (*p == '/') ++p;
    size_t n = 0;
    while (p[n] && p[n] != '/') ++n;
    if (same_name(p, n, "TRANSLIT")) *translit = true;
    if (same_name(p, n, "IGNORE")) *ignore = true;
    p += n;
  }
  return true;
}

// ---- one character at a time -----------------------------------------------------------

inline constexpr int kIllegal = -1;    // decode: invalid input; encode: not representable
inline constexpr int kTruncated = -2;  // decode: the input ends inside a character
inline constexpr int kFull = -3;       // encode: no room in the output
inline constexpr uint32_t kNoChar = 0xffffffff;  // decode: a BOM was consumed

// A code unit of `size` bytes in the given byte order.
inline uint32_t load(const unsigned char* s, int size, bool big) {
  uint32_t v = 0;
  for (int i = 0; i < size; ++i) v = v << 8 | s[big ? i : size - 1 - i];
  return v;
}

inline void store(unsigned char* s, uint32_t v, int size, bool big) {
  for (int i = 0; i < size; ++i, v >>= 8) s[big ? size - 1 - i : i] = static_cast<unsigned char>(v);
}

// The size of one code unit: what //IGNORE skips of input it cannot decode.
inline int unit_size(Kind k) {
  return k == Kind::kUtf32 ? 4 : k == Kind::kUtf16 || k == Kind::kUcs2 ? 2 : 1;
}

struct Decoded {
  int len;     // bytes used (> 0), or kIllegal / kTruncated
  uint32_t c;  // the character, or kNoChar
};

// Decodes one character of cv.from from s[0..n), n > 0.
inline Decoded decode(Converter& cv, const unsigned char* s, size_t n) {
  const Encoding& e = cv.from;
  switch (e.kind) {
    case Kind::kUtf8: {
      uint32_t c;
      int r = format::utf8_decode(s, n, &c);
      if (r < 0) return {r == -2 ? kTruncated : kIllegal, 0};
      return {r, c};
    }
    case Kind::kAscii:
      if (s[0] >= 0x80) return {kIllegal, 0};
      return {1, s[0]};
    case Kind::kLatin1:
      return {1, s[0]};
    case Kind::kByteTable: {
      if (s[0] < 0x80) return {1, s[0]};
      uint16_t c = kByteTables[e.table][s[0] - 0x80];
      if (c == 0xffff) return {kIllegal, 0};
      return {1, c};
    }
    case Kind::kUtf16:
    case Kind::kUcs2:
    case Kind::kUtf32: {
      int size = unit_size(e.kind);
      if (n < static_cast<size_t>(size)) return {kTruncated, 0};
      bool big = e.order == Order::kBig;
      if (e.order == Order::kBom) {
        if (!cv.in_started) {
          cv.in_started = true;
          cv.in_big = kNativeOrder == Order::kBig;
          bool le_bom = load(s, size, false) == 0xfeff, be_bom = load(s, size, true) == 0xfeff;
          if (le_bom || be_bom) {
            cv.in_big = be_bom;
            return {size, kNoChar};
          }
        }
        big = cv.in_big;
      }
      uint32_t u = load(s, size, big);
      if (size == 4) {
        if ((u >= 0xd800 && u < 0xe000) || u > 0x10ffff) return {kIllegal, 0};
        return {4, u};
      }
      if (u < 0xd800 || u >= 0xe000) return {2, u};
      if (e.kind == Kind::kUcs2 || u >= 0xdc00) return {kIllegal, 0};
      if (n < 4) return {kTruncated, 0};
      uint32_t low = load(s + 2, 2, big);
      if (low < 0xdc00 || low >= 0xe000) return {kIllegal, 0};
      return {4, 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00)};
    }
  }
  return {kIllegal, 0};
}

// Encodes c (a Unicode scalar value) into out[0..n); returns the bytes written, kFull or
// kIllegal. The BOM of a BOM-order output is the caller's business.
inline int encode(const Encoding& e, uint32_t c, unsigned char* out, size_t n) {
  switch (e.kind) {
    case Kind::kUtf8: {
      char buf[4];
      int len = format::utf8_encode(c, buf);
      if (len < 0) return kIllegal;
      if (n < static_cast<size_t>(len)) return kFull;
      for (int i = 0; i < len; ++i) out[i] = static_cast<unsigned char>(buf[i]);
      return len;
    }
    case Kind::kAscii:
    case Kind::kLatin1:
    case Kind::kByteTable: {
      unsigned byte = c;
      if (c >= 0x80) {
        if (e.kind == Kind::kAscii || (e.kind == Kind::kLatin1 && c > 0xff)) return kIllegal;
        if (e.kind == Kind::kByteTable) {
          if (c >= 0xffff) return kIllegal;  // the tables are BMP-only; 0xffff marks holes
          const uint16_t* t = kByteTables[e.table];
          byte = 0;
          for (unsigned i = 0; i < 128; ++i) {
            if (t[i] == c) {
              byte = 0x80 + i;
              break;
            }
          }
          if (!byte) return kIllegal;
        }
      }
      if (n < 1) return kFull;
      out[0] = static_cast<unsigned char>(byte);
      return 1;
    }
    case Kind::kUtf16:
    case Kind::kUcs2:
    case Kind::kUtf32: {
      bool big = e.order == Order::kBom ? kNativeOrder == Order::kBig : e.order == Order::kBig;
      if (e.kind == Kind::kUtf32) {
        if (n < 4) return kFull;
        store(out, c, 4, big);
        return 4;
      }
      if (c < 0x10000) {
        if (n < 2) return kFull;
        store(out, c, 2, big);
        return 2;
      }
      if (e.kind == Kind::kUcs2) return kIllegal;
      if (n < 4) return kFull;
      store(out, 0xd800 + ((c - 0x10000) >> 10), 2, big);
      store(out + 2, 0xdc00 + ((c - 0x10000) & 0x3ff), 2, big);
      return 4;
    }
  }
  return kIllegal;
}

// The //TRANSLIT replacement for c, or nullptr.
inline const char* translit_text(uint32_t c) {
  size_t lo = 0, hi = sizeof kTranslit / sizeof kTranslit[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kTranslit[mid].code == c) return kTranslit[mid].text;
    if (kTranslit[mid].code < c) lo = mid + 1;
    else hi = mid;
  }
  return nullptr;
}

// Encodes c for cv.to, applying //TRANSLIT and //IGNORE. Returns the bytes written (0
// when c was dropped), kFull or kIllegal.
inline int put(Converter& cv, uint32_t c, unsigned char* out, size_t n, size_t* irreversible,
               bool* dropped) {
  int w = encode(cv.to, c, out, n);
  if (w == kIllegal && cv.translit) {
    // The replacement, or "?" when it has none (or it is not representable either).
    unsigned char buf[16];
    const char* text = translit_text(c);
    for (int attempt = 0; attempt < 2 && w == kIllegal; ++attempt, text = "?") {
      if (!text) continue;
      size_t len = 0;
      int r = 0;
      for (const char* t = text; *t && r >= 0; ++t) {
        r = encode(cv.to, static_cast<unsigned char>(*t), buf + len, sizeof buf - len);
        if (r > 0) len += static_cast<size_t>(r);
      }
      if (r < 0) continue;
      if (len > n) return kFull;
      if (len) __builtin_memcpy(out, buf, len);
      w = static_cast<int>(len);
      ++*irreversible;
    }
  }
  if (w == kIllegal && cv.ignore) {
    *dropped = true;
    return 0;
  }
  return w;
}

// ---- iconv() -------------------------------------------------------------------------

// Back to the initial state (iconv with a null input): no encoding here writes a shift
// sequence, so this only forgets the input's byte order and the output's BOM.
inline void reset(Converter& cv) {
  cv.in_started = false;
  cv.out_bom = false;
}

struct Result {
  size_t irreversible;  // characters converted in a way that cannot be undone
  int error;            // 0, EILSEQ, EINVAL or E2BIG
};

// Converts as much of in[0..*inleft) as fits into out[0..*outleft), advancing both as
// iconv() does: on EILSEQ and EINVAL *in is left at the start of the offending sequence,
// on E2BIG at the first character that did not fit. Each character is decoded, then
// checked for being representable, then for room: a full buffer followed by bad input
// reports the bad input (glibc's answer depends on how many internal steps it takes).
// With //IGNORE, what cannot be decoded or represented is skipped, and a call that would
// otherwise succeed reports EILSEQ, as glibc's does, so that callers learn something was
// lost; E2BIG and EINVAL still win, since a caller that streams its input must see them.
inline Result convert(Converter& cv, const unsigned char** in, size_t* inleft, unsigned char** out,
                      size_t* outleft) {
  const unsigned char* s = *in;
  size_t n = *inleft;
  unsigned char* o = *out;
  size_t room = *outleft;
  Result result = {0, 0};
  bool dropped = false;
  size_t unit = static_cast<size_t>(unit_size(cv.to.kind));
  while (n > 0) {
    Decoded d = decode(cv, s, n);
    if (d.len == kTruncated) {
      result.error = EINVAL;
      break;
    }
    if (d.len == kIllegal) {
      if (!cv.ignore) {
        result.error = EILSEQ;
        break;
      }
      dropped = true;
      size_t skip = static_cast<size_t>(unit_size(cv.from.kind));
      s += skip;
      n -= skip;
      continue;
    }
    if (d.c != kNoChar) {
      if (cv.to.order == Order::kBom && !cv.out_bom) {
        // The BOM goes out before the first character, even if that one then does not fit.
        if (room < unit) {
          result.error = E2BIG;
          break;
        }
        store(o, 0xfeff, static_cast<int>(unit), kNativeOrder == Order::kBig);
        cv.out_bom = true;
        o += unit;
        room -= unit;
      }
      int w = put(cv, d.c, o, room, &result.irreversible, &dropped);
      if (w < 0) {
        result.error = w == kFull ? E2BIG : EILSEQ;
        break;
      }
      o += w;
      room -= static_cast<size_t>(w);
    }
    s += d.len;
    n -= static_cast<size_t>(d.len);
  }
  if (dropped && result.error == 0) result.error = EILSEQ;
  *in = s;
  *inleft = n;
  *out = o;
  *outleft = room;
  return result;
}

}  // namespace pure::iconv
