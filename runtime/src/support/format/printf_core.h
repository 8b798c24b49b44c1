// The printf engine, one template for char and wchar_t output: flags, width, precision,
// positional arguments, every C17 conversion plus %m and %b, and exact floating point.
// Output goes to a Sink, a window of characters that its owner drains (into a FILE, a
// user buffer, a growing allocation, ...).
#pragma once
#include <errno.h>
#include <float.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "support/format/decimal.h"
#include "support/format/float_parts.h"
#include "support/format/utf8.h"

namespace pure::format {

template <class Char> struct Sink {
  Char* pos;
  Char* end;
  Char* start;
  size_t flushed;        // characters drained before `start`
  bool error;            // a drain failed: output stops, the call returns -1
  int error_code;        // errno to report (set by the drain or by the engine)
  bool (*drain)(Sink&);  // consumes [start, pos) and opens a new window; false on failure

  bool make_room() {
    if (error) return false;
    if (drain(*this) && pos < end) return true;
    error = true;
    return false;
  }
  void put(Char c) {
    if (pos == end && !make_room()) return;
    *pos++ = c;
  }
  void write(const Char* s, size_t n) {
    while (n) {
      if (pos == end && !make_room()) return;
      size_t k = static_cast<size_t>(end - pos);
      if (k > n) k = n;
      for (size_t i = 0; i < k; i++) pos[i] = s[i];
      pos += k;
      s += k;
      n -= k;
    }
  }
  // ASCII text (digits, "inf", prefixes) into either character type.
  void write_ascii(const char* s, size_t n) {
    for (size_t i = 0; i < n; i++) put(static_cast<Char>(static_cast<unsigned char>(s[i])));
  }
  void fill(Char c, size_t n) {
    while (n) {
      if (pos == end && !make_room()) return;
      size_t k = static_cast<size_t>(end - pos);
      if (k > n) k = n;
      for (size_t i = 0; i < k; i++) pos[i] = c;
      pos += k;
      n -= k;
    }
  }
  size_t count() const { return flushed + static_cast<size_t>(pos - start); }
};

// Provided by the string area; used for %m.
const char* error_text(int error);

namespace detail {

enum class Len : uint8_t { kNone, kHH, kH, kL, kLL, kJ, kZ, kT, kBigL };
enum class ArgKind : uint8_t { kNone, kI32, kI64, kDouble, kLongDouble, kPtr };

struct Spec {
  bool minus, plus, space, alt, zero;
  int width;  // -1: none
  int prec;   // -1: none
  Len len;
  char conv;  // the conversion letter ('\0' when the format ended inside the spec)
  int arg;    // positional index of the value (1-based), 0 when taken in order
  int width_arg, prec_arg;  // '*' sources: -1 none, 0 next in order, n positional
};

union Arg {
  int64_t i;
  double d;
  long double ld;
  void* p;
};

inline constexpr int kMaxPositional = 128;  // NL_ARGMAX

// Reads a decimal number; -2 when it overflows int.
template <class Char> int read_number(const Char*& p) {
  long v = 0;
  while (*p >= '0' && *p <= '9') {
    v = v * 10 + (*p - '0');
    if (v > 0x7fffffff) v = 0x80000000L;
    p++;
  }
  return v > 0x7fffffff ? -2 : static_cast<int>(v);
}

// Parses a conversion spec after the '%'. Returns false for an impossible number.
template <class Char> bool parse_spec(const Char*& p, Spec& s) {
  s = Spec{false, false, false, false, false, -1, -1, Len::kNone, 0, 0, -1, -1};
  // %n$: a leading digit string followed by '$'.
  if (*p >= '1' && *p <= '9') {
    const Char* q = p;
    int n = read_number(q);
    if (*q == '$') {
      if (n < 0) return false;
      s.arg = n;
      p = q + 1;
    }
  }
  for (;; p++) {
    switch (*p) {
      case '-': s.minus = true; continue;
      case '+': s.plus = true; continue;
      case ' ': s.space = true; continue;
      case '#': s.alt = true; continue;
      case '0': s.zero = true; continue;
      case '\'': continue;  // thousands grouping: the C locale has none
      case 'I': continue;   // locale digits: the C locale's are ASCII
      default: break;
    }
    break;
  }
  if (*p == '*') {
    p++;
    s.width_arg = 0;
    if (*p >= '1' && *p <= '9') {
      const Char* q = p;
      int n = read_number(q);
      if (*q == '$') {
        if (n < 0) return false;
        s.width_arg = n;
        p = q + 1;
      }
    }
  } else if (*p >= '1' && *p <= '9') {
    s.width = read_number(p);
    if (s.width < 0) return false;
  }
  if (*p == '.') {
    p++;
    if (*p == '*') {
      p++;
      s.prec_arg = 0;
      if (*p >= '1' && *p <= '9') {
        const Char* q = p;
        int n = read_number(q);
        if (*q == '$') {
          if (n < 0) return false;
          s.prec_arg = n;
          p = q + 1;
        }
      }
    } else {
      s.prec = read_number(p);
      if (s.prec < 0) return false;
    }
  }
  switch (*p) {
    case 'h':
      p++;
      if (*p == 'h') p++, s.len = Len::kHH;
      else s.len = Len::kH;
      break;
    case 'l':
      p++;
      if (*p == 'l') p++, s.len = Len::kLL;
      else s.len = Len::kL;
      break;
    case 'q': p++, s.len = Len::kLL; break;
    case 'j': p++, s.len = Len::kJ; break;
    case 'z': case 'Z': p++, s.len = Len::kZ; break;
    case 't': p++, s.len = Len::kT; break;
    case 'L': p++, s.len = Len::kBigL; break;
    default: break;
  }
  Char c = *p;
  if (c == 0) {
    s.conv = 0;
    return true;
  }
  p++;
  s.conv = (c > 0 && c < 128) ? static_cast<char>(c) : '?';
  if (s.conv == 'C') s.conv = 'c', s.len = Len::kL;
  if (s.conv == 'S') s.conv = 's', s.len = Len::kL;
  return true;
}

inline ArgKind kind_of(const Spec& s) {
  switch (s.conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'b': case 'B':
      return (s.len == Len::kNone || s.len == Len::kHH || s.len == Len::kH) ? ArgKind::kI32
                                                                              : ArgKind::kI64;
    case 'c': return ArgKind::kI32;
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
      return s.len == Len::kBigL ? ArgKind::kLongDouble : ArgKind::kDouble;
    case 's': case 'p': case 'n': return ArgKind::kPtr;
    default: return ArgKind::kNone;
  }
}

// The arguments, in order from the va_list or looked up from a positional table.
class Args {
 public:
  Args(va_list* ap, Arg* table) : ap_(ap), table_(table) {}

  int64_t get_int(ArgKind k, int index) {
    if (table_) return index > 0 ? table_[index - 1].i : 0;
    if (k == ArgKind::kI32) return va_arg(*ap_, int);
    return va_arg(*ap_, long long);
  }
  double get_double(int index) {
    if (table_) return index > 0 ? table_[index - 1].d : 0;
    return va_arg(*ap_, double);
  }
  long double get_long_double(int index) {
    if (table_) return index > 0 ? table_[index - 1].ld : 0;
    return va_arg(*ap_, long double);
  }
  void* get_ptr(int index) {
    if (table_) return index > 0 ? table_[index - 1].p : nullptr;
    return va_arg(*ap_, void*);
  }

 private:
  va_list* ap_;
  Arg* table_;
};

// Positional mode: learns every argument's type from the format, then reads them all in
// order. Returns false (EINVAL) for indices out of range or unusable formats.
template <class Char> bool load_positional(const Char* fmt, va_list* ap, Arg* table) {
  ArgKind kinds[kMaxPositional] = {};
  int max = 0;
  auto note = [&](int index, ArgKind k) {
    if (index < 1 || index > kMaxPositional) return false;
    if (kinds[index - 1] == ArgKind::kNone) kinds[index - 1] = k;
    if (index > max) max = index;
    return true;
  };
  for (const Char* p = fmt; *p;) {
    if (*p++ != '%') continue;
    if (*p == '%') {
      p++;
      continue;
    }
    Spec s;
    if (!parse_spec(p, s)) return false;
    if (s.width_arg > 0 && !note(s.width_arg, ArgKind::kI32)) return false;
    if (s.prec_arg > 0 && !note(s.prec_arg, ArgKind::kI32)) return false;
    ArgKind k = kind_of(s);
    if (k != ArgKind::kNone && !note(s.arg, k)) return false;
    if (s.conv == 0) break;
  }
  for (int i = 0; i < max; i++) {
    switch (kinds[i]) {
      case ArgKind::kNone:  // a gap: assume an int, the only safe guess
      case ArgKind::kI32: table[i].i = va_arg(*ap, int); break;
      case ArgKind::kI64: table[i].i = va_arg(*ap, long long); break;
      case ArgKind::kDouble: table[i].d = va_arg(*ap, double); break;
      case ArgKind::kLongDouble: table[i].ld = va_arg(*ap, long double); break;
      case ArgKind::kPtr: table[i].p = va_arg(*ap, void*); break;
    }
  }
  return true;
}

template <class Char> void pad(Sink<Char>& out, size_t n) { out.fill(static_cast<Char>(' '), n); }

// Lays out [left pad][prefix][zeros][body][right pad] for a body of `len` characters.
struct Layout {
  size_t left, zeros, right;
};
inline Layout layout(const Spec& s, size_t prefix_len, size_t body_len, bool zero_ok) {
  size_t total = prefix_len + body_len;
  size_t w = s.width > 0 ? static_cast<size_t>(s.width) : 0;
  size_t gap = w > total ? w - total : 0;
  if (s.minus) return {0, 0, gap};
  if (s.zero && zero_ok) return {0, gap, 0};
  return {gap, 0, 0};
}

template <class Char> void format_integer(Sink<Char>& out, const Spec& s, uint64_t value, bool negative) {
  char digits[72];
  char* end = digits + sizeof digits;
  char* d = end;
  unsigned base = 10;
  const char* alphabet = "0123456789abcdef";
  switch (s.conv) {
    case 'o': base = 8; break;
    case 'x': case 'p': base = 16; break;
    case 'X': base = 16, alphabet = "0123456789ABCDEF"; break;
    case 'b': case 'B': base = 2; break;
    default: break;
  }
  for (uint64_t v = value; v; v /= base) *--d = alphabet[v % base];
  size_t ndig = static_cast<size_t>(end - d);
  size_t prec = s.prec >= 0 ? static_cast<size_t>(s.prec) : 1;
  if (s.conv == 'o' && s.alt && prec <= ndig) prec = ndig + 1;  // the leading 0 of %#o
  size_t zeros = prec > ndig ? prec - ndig : 0;
  char prefix[3];
  size_t np = 0;
  if (s.conv == 'd' || s.conv == 'i') {
    if (negative) prefix[np++] = '-';
    else if (s.plus) prefix[np++] = '+';
    else if (s.space) prefix[np++] = ' ';
  } else if (s.conv == 'p') {
    if (s.plus) prefix[np++] = '+';
    else if (s.space) prefix[np++] = ' ';
    prefix[np++] = '0';
    prefix[np++] = 'x';
  } else if (s.alt && value != 0 && s.conv != 'o' && s.conv != 'u') {
    prefix[np++] = '0';
    prefix[np++] = s.conv;  // x X b B
  }
  Layout l = layout(s, np, zeros + ndig, s.prec < 0);
  pad(out, l.left);
  out.write_ascii(prefix, np);
  out.fill(static_cast<Char>('0'), l.zeros + zeros);
  out.write_ascii(d, ndig);
  pad(out, l.right);
}

template <class Char> void put_exponent(Sink<Char>& out, char letter, int e, int min_digits) {
  char buf[12];
  char* d = buf + sizeof buf;
  unsigned v = e < 0 ? -static_cast<unsigned>(e) : static_cast<unsigned>(e);
  int n = 0;
  do {
    *--d = static_cast<char>('0' + v % 10);
    v /= 10;
    n++;
  } while (v);
  while (n < min_digits) *--d = '0', n++;
  *--d = e < 0 ? '-' : '+';
  *--d = letter;
  out.write_ascii(d, static_cast<size_t>(buf + sizeof buf - d));
}

inline int exponent_length(int e, int min_digits) {
  unsigned v = e < 0 ? -static_cast<unsigned>(e) : static_cast<unsigned>(e);
  int n = 1;
  while (v >= 10) v /= 10, n++;
  return 2 + (n < min_digits ? min_digits : n);
}

template <class Char> void format_hex_float(Sink<Char>& out, const Spec& s, const FloatParts& fp, char sign) {
  bool upper = s.conv == 'A';
  const char* alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  unsigned lead = fp.hex_lead;
  u128 frac = fp.hex_frac;
  int nd = fp.frac_digits;
  int exp = fp.hex_exp;
  if (fp.cls == FpClass::kZero) lead = 0, frac = 0, exp = 0;
  int shown;  // fraction digits printed
  if (s.prec < 0) {
    shown = nd;
    while (shown > 0 && ((frac >> (4 * (nd - shown))) & 0xf) == 0) shown--;
    frac >>= 4 * (nd - shown);
  } else if (s.prec < nd) {
    shown = s.prec;
    int shift = 4 * (nd - shown);
    u128 rest = frac & ((u128{1} << shift) - 1);
    u128 half = u128{1} << (shift - 1);
    u128 keep = frac >> shift;
    bool odd = shown ? (keep & 1) : (lead & 1);
    if (rest > half || (rest == half && odd)) {
      keep++;
      if (shown == 0 || (keep >> (4 * shown))) {
        lead++;
        keep = shown ? keep & ((u128{1} << (4 * shown)) - 1) : 0;
      }
    }
    frac = keep;
  } else {
    shown = nd;
  }
  int extra = s.prec > nd ? s.prec - nd : 0;  // zeros beyond the exact digits
  char body[48];
  size_t n = 0;
  // Rounding x87's top nibble up to 16 continues as 0x1p(e+4) (the fraction is all zero).
  if (lead >= 16) lead = 1, exp += 4;
  body[n++] = alphabet[lead % 16];
  bool point = shown > 0 || extra > 0 || s.alt;
  if (point) body[n++] = '.';
  for (int i = shown; i-- > 0;) body[n++] = alphabet[static_cast<unsigned>(frac >> (4 * i)) & 0xf];
  char prefix[3];
  size_t np = 0;
  if (sign) prefix[np++] = sign;
  prefix[np++] = '0';
  prefix[np++] = upper ? 'X' : 'x';
  size_t len = n + static_cast<size_t>(extra) + static_cast<size_t>(exponent_length(exp, 1));
  Layout l = layout(s, np, len, true);
  pad(out, l.left);
  out.write_ascii(prefix, np);
  out.fill(static_cast<Char>('0'), l.zeros);
  out.write_ascii(body, n);
  out.fill(static_cast<Char>('0'), static_cast<size_t>(extra));
  put_exponent(out, upper ? 'P' : 'p', exp, 1);
  pad(out, l.right);
}

template <int kWords, class Char> void format_float(Sink<Char>& out, const Spec& s, const FloatParts& fp) {
  char sign = fp.negative ? '-' : s.plus ? '+' : s.space ? ' ' : 0;
  bool upper = s.conv == 'F' || s.conv == 'E' || s.conv == 'G' || s.conv == 'A';
  if (fp.cls == FpClass::kInf || fp.cls == FpClass::kNan) {
    char text[4];
    size_t n = 0;
    if (sign) text[n++] = sign;
    const char* word = fp.cls == FpClass::kInf ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan");
    for (int i = 0; i < 3; i++) text[n++] = word[i];
    Layout l = layout(s, 0, n, false);
    pad(out, l.left);
    out.write_ascii(text, n);
    pad(out, l.right);
    return;
  }
  if (s.conv == 'a' || s.conv == 'A') return format_hex_float(out, s, fp, sign);

  DecimalDigits<kWords> g;
  g.init(fp.mant, fp.exp);
  bool zero = fp.cls == FpClass::kZero;
  char conv = static_cast<char>(s.conv | 0x20);
  size_t prefix_len = sign ? 1 : 0;
  const Char zero_char = static_cast<Char>('0');

  if (conv == 'f') {
    long prec = s.prec < 0 ? 6 : s.prec;
    long nint = g.int_digits();
    RoundPlan r = plan_rounding(g, nint + prec);
    long int_len = nint + (r.carry ? 1 : 0);
    bool point = prec > 0 || s.alt;
    size_t len = static_cast<size_t>((int_len ? int_len : 1) + (point ? 1 + prec : 0));
    Layout l = layout(s, prefix_len, len, true);
    pad(out, l.left);
    if (sign) out.put(static_cast<Char>(sign));
    out.fill(zero_char, l.zeros);
    if (r.carry) {
      out.put(static_cast<Char>('1'));
      out.fill(zero_char, static_cast<size_t>(nint));
      if (point) out.put(static_cast<Char>('.'));
      out.fill(zero_char, static_cast<size_t>(prec));
    } else {
      if (nint == 0) out.put(zero_char);
      long n = nint + prec;
      for (long i = 0; i < n; i++) {
        if (i == nint) out.put(static_cast<Char>('.'));
        if (!r.up && !g.rest_nonzero()) {  // only zeros remain
          if (i < nint) {
            out.fill(zero_char, static_cast<size_t>(nint - i));
            if (prec > 0) out.put(static_cast<Char>('.'));
            i = nint;
          }
          out.fill(zero_char, static_cast<size_t>(n - i));
          break;
        }
        out.put(static_cast<Char>('0' + rounded_digit(g.next(), i, r)));
      }
      if (point && prec == 0) out.put(static_cast<Char>('.'));
    }
    pad(out, l.right);
    return;
  }

  // %e and %g: significant digits from the first nonzero one; x is its decimal exponent.
  long sig = conv == 'e' ? (s.prec < 0 ? 6 : s.prec) + 1L : (s.prec < 0 ? 6 : s.prec == 0 ? 1 : s.prec);
  int x = 0;
  if (!zero) {
    int nint = g.int_digits();
    x = nint > 0 ? nint - 1 : -(g.skip_leading_zeros() + 1);
  }
  RoundPlan r = plan_rounding(g, sig);
  if (r.carry) x++, r.last_nonzero = 0;
  bool e_style = true;
  long shown = sig;  // significant digits printed
  long frac;         // digits after the point
  if (conv == 'g') {
    e_style = !(x < sig && x >= -4);
    if (!s.alt) shown = r.last_nonzero + 1 > 0 ? r.last_nonzero + 1 : 1;
    if (zero && !s.alt) shown = 1;
    frac = e_style ? shown - 1 : shown - 1 - x;
    if (frac < 0) frac = 0;
  } else {
    frac = sig - 1;
  }
  bool point = frac > 0 || s.alt;
  auto sig_digit = [&](long i) -> int {
    if (r.carry) return i == 0 ? 1 : 0;
    if (i >= sig) return 0;
    return rounded_digit(g.next(), i, r);
  };
  if (e_style) {
    int elen = exponent_length(x, 2);
    size_t len = static_cast<size_t>(1 + (point ? 1 + frac : 0) + elen);
    Layout l = layout(s, prefix_len, len, true);
    pad(out, l.left);
    if (sign) out.put(static_cast<Char>(sign));
    out.fill(zero_char, l.zeros);
    out.put(static_cast<Char>('0' + sig_digit(0)));
    if (point) out.put(static_cast<Char>('.'));
    for (long i = 1; i <= frac; i++) out.put(static_cast<Char>('0' + sig_digit(i)));
    put_exponent(out, upper ? 'E' : 'e', x, 2);
    pad(out, l.right);
    return;
  }
  // %g in the style of %f: x >= -4 and x < sig.
  long int_len = x >= 0 ? x + 1 : 1;
  size_t len = static_cast<size_t>(int_len + (point ? 1 + frac : 0));
  Layout l = layout(s, prefix_len, len, true);
  pad(out, l.left);
  if (sign) out.put(static_cast<Char>(sign));
  out.fill(zero_char, l.zeros);
  long i = 0;
  if (x >= 0) {
    for (; i <= x; i++) out.put(static_cast<Char>('0' + sig_digit(i)));
  } else {
    out.put(zero_char);
  }
  if (point) out.put(static_cast<Char>('.'));
  long lead_zeros = x < 0 ? -x - 1 : 0;
  for (long k = 0; k < frac; k++) {
    if (k < lead_zeros) out.put(zero_char);
    else out.put(static_cast<Char>('0' + sig_digit(i++)));
  }
  pad(out, l.right);
}

// Characters of a string argument, in the output character type. Narrow output of wide
// strings and wide output of narrow strings convert through UTF-8; the precision counts
// output characters (bytes for narrow output, never splitting a character).
template <class Char> bool format_string(Sink<Char>& out, const Spec& s, const void* arg, bool wide_arg) {
  size_t limit = s.prec >= 0 ? static_cast<size_t>(s.prec) : static_cast<size_t>(-1);
  if (!arg) {
    // glibc prints "(null)" unless the precision is too small to hold it.
    if (s.prec >= 0 && s.prec < 6) arg = wide_arg ? static_cast<const void*>(L"") : "";
    else arg = wide_arg ? static_cast<const void*>(L"(null)") : "(null)";
  }
  size_t len = 0;
  if constexpr (sizeof(Char) == 1) {
    if (!wide_arg) {
      const char* str = static_cast<const char*>(arg);
      while (len < limit && str[len]) len++;
      Layout l = layout(s, 0, len, false);
      pad(out, l.left);
      out.write(reinterpret_cast<const Char*>(str), len);
      pad(out, l.right);
      return true;
    }
    const wchar_t* ws = static_cast<const wchar_t*>(arg);
    char buf[4];
    for (const wchar_t* w = ws; len < limit && *w; w++) {  // never read past the precision
      int n = utf8_encode(static_cast<uint32_t>(*w), buf);
      if (n < 0) {
        if (len + 1 > limit && s.prec >= 0) break;
        return false;
      }
      if (len + static_cast<size_t>(n) > limit) break;
      len += static_cast<size_t>(n);
    }
    Layout l = layout(s, 0, len, false);
    pad(out, l.left);
    size_t done = 0;
    for (const wchar_t* w = ws; done < len; w++) {
      int n = utf8_encode(static_cast<uint32_t>(*w), buf);
      out.write(reinterpret_cast<const Char*>(buf), static_cast<size_t>(n));
      done += static_cast<size_t>(n);
    }
    pad(out, l.right);
    return true;
  } else {
    if (wide_arg) {
      const wchar_t* ws = static_cast<const wchar_t*>(arg);
      while (len < limit && ws[len]) len++;
      Layout l = layout(s, 0, len, false);
      pad(out, l.left);
      out.write(reinterpret_cast<const Char*>(ws), len);
      pad(out, l.right);
      return true;
    }
    const unsigned char* str = static_cast<const unsigned char*>(arg);
    size_t bytes = 0;
    while (len < limit && str[bytes]) {
      uint32_t c;
      int n = utf8_decode(str + bytes, 4, &c);
      if (n < 0) return false;
      bytes += static_cast<size_t>(n);
      len++;
    }
    Layout l = layout(s, 0, len, false);
    pad(out, l.left);
    for (size_t b = 0; b < bytes;) {
      uint32_t c;
      b += static_cast<size_t>(utf8_decode(str + b, 4, &c));
      out.put(static_cast<Char>(c));
    }
    pad(out, l.right);
    return true;
  }
}

template <class Char> bool format_char(Sink<Char>& out, const Spec& s, int64_t value) {
  Char buf[4];
  size_t n;
  if (s.len == Len::kL) {
    if constexpr (sizeof(Char) == 1) {
      char tmp[4];
      int k = utf8_encode(static_cast<uint32_t>(value), tmp);
      if (k < 0) return false;
      for (int i = 0; i < k; i++) buf[i] = static_cast<Char>(tmp[i]);
      n = static_cast<size_t>(k);
    } else {
      buf[0] = static_cast<Char>(value);
      n = 1;
    }
  } else {
    unsigned char c = static_cast<unsigned char>(value);
    if constexpr (sizeof(Char) != 1) {
      if (c >= 0x80) return false;  // a lone byte above ASCII is no UTF-8 character
    }
    buf[0] = static_cast<Char>(c);
    n = 1;
  }
  Layout l = layout(s, 0, n, false);
  pad(out, l.left);
  out.write(buf, n);
  pad(out, l.right);
  return true;
}

template <class Char> void store_count(const Spec& s, void* p, size_t count) {
  if (!p) return;
  long long c = static_cast<long long>(count);
  switch (s.len) {
    case Len::kHH: *static_cast<signed char*>(p) = static_cast<signed char>(c); break;
    case Len::kH: *static_cast<short*>(p) = static_cast<short>(c); break;
    case Len::kNone: *static_cast<int*>(p) = static_cast<int>(c); break;
    default: *static_cast<long long*>(p) = c; break;
  }
}

}  // namespace detail

// Formats into `out`; returns the character count, or -1 with out.error_code set
// (EOVERFLOW when the count does not fit in int, EILSEQ for unconvertible characters,
// EINVAL for an unusable positional format, or the drain's error). `error` is the errno
// value at the call, which %m prints.
template <class Char> int vformat(Sink<Char>& out, const Char* fmt, va_list ap_in, int error) {
  using namespace detail;
  va_list ap;
  va_copy(ap, ap_in);
  Arg* table = nullptr;
  for (const Char* p = fmt; *p; p++) {
    if (*p != '%') continue;
    p++;
    if (*p >= '1' && *p <= '9') {
      const Char* q = p;
      while (*q >= '0' && *q <= '9') q++;
      if (*q == '$') {
        // Positional formats only: the argument table lives on the stack for this call.
        table = static_cast<Arg*>(__builtin_alloca(sizeof(Arg) * kMaxPositional));
        if (!load_positional(fmt, &ap, table)) {
          va_end(ap);
          out.error_code = EINVAL;
          return -1;
        }
      }
    }
    break;
  }
  Args args(&ap, table);
  int result = 0;
  const Char* p = fmt;
  while (*p) {
    const Char* lit = p;
    while (*p && *p != '%') p++;
    if (p > lit) out.write(lit, static_cast<size_t>(p - lit));
    if (!*p) break;
    const Char* spec_start = p;
    p++;
    if (*p == '%') {
      out.put(static_cast<Char>('%'));
      p++;
      continue;
    }
    Spec s;
    if (!parse_spec(p, s)) {
      out.error_code = EOVERFLOW;
      result = -1;
      break;
    }
    if (s.conv == '%') {  // "%5%": flags and width mean nothing here
      out.put(static_cast<Char>('%'));
      continue;
    }
    if (s.width_arg >= 0) {
      int w = static_cast<int>(args.get_int(ArgKind::kI32, s.width_arg));
      if (w < 0) {
        s.minus = true;
        w = w == (-0x7fffffff - 1) ? -1 : -w;
        if (w < 0) {
          out.error_code = EOVERFLOW;
          result = -1;
          break;
        }
      }
      s.width = w;
    }
    if (s.prec_arg >= 0) {
      int pr = static_cast<int>(args.get_int(ArgKind::kI32, s.prec_arg));
      s.prec = pr < 0 ? -1 : pr;
    }
    ArgKind kind = kind_of(s);
    switch (s.conv) {
      case 'd':
      case 'i': {
        int64_t v = args.get_int(kind, s.arg);
        switch (s.len) {
          case Len::kHH: v = static_cast<signed char>(v); break;
          case Len::kH: v = static_cast<short>(v); break;
          case Len::kNone: v = static_cast<int>(v); break;
          default: break;
        }
        uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
        format_integer(out, s, mag, v < 0);
        break;
      }
      case 'u': case 'o': case 'x': case 'X': case 'b': case 'B': {
        uint64_t v = static_cast<uint64_t>(args.get_int(kind, s.arg));
        switch (s.len) {
          case Len::kHH: v = static_cast<unsigned char>(v); break;
          case Len::kH: v = static_cast<unsigned short>(v); break;
          case Len::kNone: v = static_cast<unsigned>(v); break;
          default: break;
        }
        format_integer(out, s, v, false);
        break;
      }
      case 'p': {
        void* ptr = args.get_ptr(s.arg);
        if (!ptr) {
          Spec t = s;
          t.prec = -1;
          format_string(out, t, "(nil)", false);
        } else {
          Spec t = s;
          format_integer(out, t, reinterpret_cast<uintptr_t>(ptr), false);
        }
        break;
      }
      case 'c':
        if (!format_char(out, s, args.get_int(kind, s.arg))) {
          out.error_code = EILSEQ;
          result = -1;
        }
        break;
      case 's':
        if (!format_string(out, s, args.get_ptr(s.arg), s.len == Len::kL)) {
          out.error_code = EILSEQ;
          result = -1;
        }
        break;
      case 'm': {
        Spec t = s;
        format_string(out, t, error_text(error), false);
        break;
      }
      case 'n':
        store_count<Char>(s, args.get_ptr(s.arg), out.count());
        break;
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': {
        // The digit generator's storage is sized for the type (a long double's is large).
        if (kind == ArgKind::kLongDouble)
          format_float<kLongDoubleWords>(out, s, decompose(args.get_long_double(s.arg)));
        else
          format_float<kDoubleWords>(out, s, decompose(args.get_double(s.arg)));
        break;
      }
      default:
        // Not a conversion: print it as written, as the established Linux libc does.
        out.write(spec_start, static_cast<size_t>(p - spec_start));
        break;
    }
    if (result < 0 || s.conv == 0) break;
  }
  va_end(ap);
  if (result < 0 || out.error) return -1;
  size_t n = out.count();
  if (n > 0x7fffffff) {
    out.error_code = EOVERFLOW;
    return -1;
  }
  return static_cast<int>(n);
}

}  // namespace pure::format
