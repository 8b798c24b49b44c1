// The strtod family's core: decimal and hexadecimal text to float, double and long
// double, correctly rounded (to nearest, ties to even) with big-integer arithmetic, for
// char and wchar_t input.
#pragma once
#include <errno.h>
#include <float.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "support/format/float_parts.h"

namespace pure::format {

template <class T> struct FloatTraits;
template <> struct FloatTraits<float> {
  static constexpr int kMant = FLT_MANT_DIG, kMinExp = FLT_MIN_EXP - 1, kMaxExp = FLT_MAX_EXP - 1;
  static constexpr int kMaxDigits = 200;  // more than any halfway point between floats has
};
template <> struct FloatTraits<double> {
  static constexpr int kMant = DBL_MANT_DIG, kMinExp = DBL_MIN_EXP - 1, kMaxExp = DBL_MAX_EXP - 1;
  static constexpr int kMaxDigits = 800;
};
template <> struct FloatTraits<long double> {
  static constexpr int kMant = LDBL_MANT_DIG, kMinExp = LDBL_MIN_EXP - 1, kMaxExp = LDBL_MAX_EXP - 1;
  static constexpr int kMaxDigits = LDBL_MANT_DIG == 53 ? 800 : 11800;
};

namespace detail {

// A little-endian big unsigned integer over caller-provided storage.
struct Big {
  uint32_t* w;
  int n;
  int cap;

  void set_zero() { n = 0; }
  bool is_zero() const { return n == 0; }
  void trim() {
    while (n > 0 && w[n - 1] == 0) n--;
  }
  void mul_add(uint32_t m, uint32_t add) {
    uint64_t carry = add;
    for (int i = 0; i < n; i++) {
      uint64_t v = static_cast<uint64_t>(w[i]) * m + carry;
      w[i] = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry) w[n++] = static_cast<uint32_t>(carry);
  }
  void mul_pow5(int k) {
    static constexpr uint32_t kPow5[14] = {1,      5,       25,       125,       625,
                                           3125,   15625,   78125,    390625,    1953125,
                                           9765625, 48828125, 244140625, 1220703125};
    while (k >= 13) {
      mul_add(kPow5[13], 0);
      k -= 13;
    }
    if (k) mul_add(kPow5[k], 0);
  }
  int bit_length() const {
    if (n == 0) return 0;
    return 32 * (n - 1) + (32 - __builtin_clz(w[n - 1]));
  }
  void shift_left(int bits) {
    if (n == 0 || bits == 0) return;
    int words = bits / 32, b = bits % 32;
    int nn = n + words + 1;
    for (int i = nn - 1; i >= 0; i--) {
      int src = i - words;
      uint32_t hi = (src >= 0 && src < n) ? w[src] : 0;
      uint32_t lo = (src - 1 >= 0 && src - 1 < n) ? w[src - 1] : 0;
      w[i] = b ? (hi << b) | (lo >> (32 - b)) : hi;
    }
    n = nn;
    trim();
  }
  void shift_right1() {
    for (int i = 0; i < n; i++) w[i] = (w[i] >> 1) | (i + 1 < n ? w[i + 1] << 31 : 0);
    trim();
  }
  void copy_from(const Big& o) {
    n = o.n;
    for (int i = 0; i < n; i++) w[i] = o.w[i];
  }
  // The top 128 bits and whether anything below them is set; *low_bits gets the number of
  // bits below the returned value.
  u128 top128(bool* sticky, int* low_bits) const {
    int len = bit_length();
    int drop = len > 128 ? len - 128 : 0;
    u128 v = 0;
    for (int i = n - 1; i >= 0; i--) {
      // Assemble bits [drop, len) from the words.
      int lo = 32 * i;
      if (lo + 32 <= drop) {
        if (w[i]) *sticky = true;
        continue;
      }
      uint32_t word = w[i];
      if (lo < drop) {
        int cut = drop - lo;
        if (word & ((1u << cut) - 1)) *sticky = true;
        v = (v << (32 - cut)) | (word >> cut);
      } else {
        v = (v << 32) | word;
      }
    }
    *low_bits = drop;
    return v;
  }
};

inline int compare(const Big& a, const Big& b) {
  if (a.n != b.n) return a.n < b.n ? -1 : 1;
  for (int i = a.n; i-- > 0;)
    if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
  return 0;
}

// a -= b, with a >= b.
inline void subtract(Big& a, const Big& b) {
  int64_t borrow = 0;
  for (int i = 0; i < a.n; i++) {
    int64_t v = static_cast<int64_t>(a.w[i]) - (i < b.n ? b.w[i] : 0) - borrow;
    borrow = v < 0;
    a.w[i] = static_cast<uint32_t>(v + (borrow << 32));
  }
  a.trim();
}

inline int bit_length(u128 v) {
  uint64_t hi = static_cast<uint64_t>(v >> 64);
  if (hi) return 128 - __builtin_clzll(hi);
  uint64_t lo = static_cast<uint64_t>(v);
  return lo ? 64 - __builtin_clzll(lo) : 0;
}

template <class T> T assemble(bool negative, u128 mant, int e_low, bool exact_zero_input, int* error);

// Bit patterns from a significand (at most kMant bits, with the leading one for normal
// numbers) and the biased exponent field (0 for subnormals).
inline float encode_float(bool neg, u128 mant, int biased) {
  uint32_t bits = (static_cast<uint32_t>(neg) << 31) | (static_cast<uint32_t>(biased) << 23) |
                  (static_cast<uint32_t>(mant) & 0x7fffff);
  return __builtin_bit_cast(float, bits);
}
inline double encode_double(bool neg, u128 mant, int biased) {
  uint64_t bits = (static_cast<uint64_t>(neg) << 63) | (static_cast<uint64_t>(biased) << 52) |
                  (static_cast<uint64_t>(mant) & ((uint64_t{1} << 52) - 1));
  return __builtin_bit_cast(double, bits);
}
inline long double encode_long_double(bool neg, u128 mant, int biased) {
#if LDBL_MANT_DIG == 64
  long double v = 0;
  uint64_t m = static_cast<uint64_t>(mant);
  uint16_t se = static_cast<uint16_t>((neg ? 0x8000 : 0) | biased);
  __builtin_memcpy(&v, &m, 8);
  __builtin_memcpy(reinterpret_cast<char*>(&v) + 8, &se, 2);
  return v;
#elif LDBL_MANT_DIG == 113
  u128 bits = (static_cast<u128>(neg) << 127) | (static_cast<u128>(biased) << 112) |
              (mant & ((u128{1} << 112) - 1));
  return __builtin_bit_cast(long double, bits);
#else
  return encode_double(neg, mant, biased);
#endif
}

template <class T> T encode(bool neg, u128 mant, int biased) {
  if constexpr (sizeof(T) == sizeof(float)) return encode_float(neg, mant, biased);
  else if constexpr (__is_same(T, double)) return encode_double(neg, mant, biased);
  else return encode_long_double(neg, mant, biased);
}

template <class T> T infinity(bool neg) {
  constexpr int kBias = FloatTraits<T>::kMaxExp;
  u128 mant = FloatTraits<T>::kMant == 64 ? (u128{1} << 63) : 0;  // x87: explicit integer bit
  return encode<T>(neg, mant, 2 * kBias + 1);
}

// Rounds q * 2^e_lsb (plus a little more when `sticky`) to T. q != 0.
template <class T> T round_to(bool negative, u128 q, bool sticky, int e_lsb, int* error) {
  using Tr = FloatTraits<T>;
  constexpr int P = Tr::kMant;
  int len = bit_length(q);
  int x = len - 1 + e_lsb;  // exponent of the leading bit
  int keep = P;
  if (x < Tr::kMinExp) keep = P - (Tr::kMinExp - x);
  int drop = len - keep;
  u128 mant;
  int e_low;
  bool inexact = sticky;
  if (drop <= 0) {
    mant = q << -drop;
    e_low = e_lsb + drop;
  } else {
    bool rbit;
    if (drop > 128) {
      mant = 0, rbit = false, sticky = true;
    } else if (drop == 128) {
      mant = 0, rbit = q >> 127, sticky = sticky || (q << 1) != 0;
    } else {
      mant = q >> drop;
      rbit = (q >> (drop - 1)) & 1;
      if (drop > 1 && (q & ((u128{1} << (drop - 1)) - 1))) sticky = true;
    }
    inexact = rbit || sticky;
    if (rbit && (sticky || (mant & 1))) mant++;
    e_low = e_lsb + drop;
  }
  if (mant >> P) {
    mant >>= 1;
    e_low++;
  }
  if (mant == 0) {
    *error = ERANGE;
    return encode<T>(negative, 0, 0);
  }
  int lb = bit_length(mant) - 1;
  int ex = lb + e_low;
  if (ex > Tr::kMaxExp) {
    *error = ERANGE;
    return infinity<T>(negative);
  }
  constexpr int kBias = Tr::kMaxExp;
  if (ex >= Tr::kMinExp) {
    mant <<= (P - 1 - lb);
    return encode<T>(negative, mant, ex + kBias);
  }
  // Subnormal: the significand's scale is fixed at 2^(emin - (P-1)).
  int shift = e_low - (Tr::kMinExp - (P - 1));
  mant <<= shift;
  if (inexact) *error = ERANGE;
  // x87 stores subnormals with exponent field 0 and no integer bit, like the others.
  return encode<T>(negative, mant, 0);
}

template <class Char> inline bool is_space(Char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
template <class Char> inline int lower(Char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<int>(c) + 32 : static_cast<int>(c);
}
template <class Char> inline int hex_value(Char c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  int l = lower(c);
  if (l >= 'a' && l <= 'f') return l - 'a' + 10;
  return -1;
}
template <class Char> bool match_word(const Char* s, const char* word) {
  for (; *word; s++, word++)
    if (lower(*s) != *word) return false;
  return true;
}

template <class T> T make_nan(bool negative, u128 payload) {
  using Tr = FloatTraits<T>;
  constexpr int P = Tr::kMant;
  u128 quiet = u128{1} << (P - 2);
  u128 mant = quiet | (payload & (quiet - 1));
  if (P == 64) mant |= u128{1} << 63;  // x87 integer bit
  return encode<T>(negative, mant, 2 * Tr::kMaxExp + 1);
}

// Parses an optional exponent ("e-12" / "p+3"); returns its value clamped to +-1e9 and
// advances s only when digits follow.
template <class Char> long parse_exponent(const Char*& s) {
  const Char* p = s + 1;
  bool neg = false;
  if (*p == '+' || *p == '-') neg = *p++ == '-';
  if (!(*p >= '0' && *p <= '9')) return 0;
  long v = 0;
  while (*p >= '0' && *p <= '9') {
    if (v < 1000000000) v = v * 10 + (*p - '0');
    p++;
  }
  s = p;
  return neg ? -v : v;
}

template <class T, class Char> T parse_hex(const Char*& s, bool negative, int* error) {
  // s points after "0x"; at least one hex digit is present (checked by the caller).
  u128 q = 0;
  bool sticky = false;
  long exp = 0;
  bool seen_point = false, nonzero = false;
  for (;; s++) {
    if (*s == '.' && !seen_point) {
      seen_point = true;
      continue;
    }
    int v = hex_value(*s);
    if (v < 0) break;
    if (q >> 120) {
      if (v) sticky = true;
      if (!seen_point) exp += 4;
    } else {
      q = (q << 4) | static_cast<unsigned>(v);
      if (seen_point) exp -= 4;
    }
    if (v) nonzero = true;
  }
  if (lower(*s) == 'p') exp += parse_exponent(s);
  if (!nonzero) return encode<T>(negative, 0, 0);
  if (exp > 100000) exp = 100000;
  if (exp < -100000) exp = -100000;
  return round_to<T>(negative, q, sticky, static_cast<int>(exp), error);
}

// d * 10^-k for d != 0 and 0 < k <= kMaxDivideK: q = floor(d * 2^t / 5^k) with a numerator
// of up to eight 64-bit limbs, divided limb by limb by powers of five below 2^64; that is
// exact because floor(floor(x / a) / b) = floor(x / (a * b)), and the remainder is zero
// only if every step's is. The numerator has P + 3 bits more than 5^k (at most
// k * 2.322 + 1 bits), so the quotient has P + 2 to P + 6 bits: enough to round, and
// within 128.
constexpr int kDivideLimbs = 8;
template <class T>
constexpr int kMaxDivideK = (64 * kDivideLimbs - 4 - FloatTraits<T>::kMant) * 1000 / 2322;

template <class T> T divide_pow5(bool negative, uint64_t d, int k, int* error) {
  int dbits = bit_length(d);
  int need = k * 2322 / 1000 + 1 + FloatTraits<T>::kMant + 3;
  int t = need > dbits ? need - dbits : 0;
  int top = (t + dbits + 63) / 64;  // limbs in use
  uint64_t w[kDivideLimbs] = {};    // little-endian limbs of d << t
  w[t / 64] = d << (t % 64);
  if (t / 64 + 1 < top) w[t / 64 + 1] = d >> (64 - t % 64);
  bool rest = false;
  for (int left = k; left > 0;) {
    int step = left < 27 ? left : 27;  // 5^27 < 2^63
    left -= step;
    uint64_t m = 1;
    for (int i = 0; i < step; i++) m *= 5;
    uint64_t r = 0;
    for (int i = top; i-- > 0;) {
      u128 cur = static_cast<u128>(r) << 64 | w[i];
      w[i] = static_cast<uint64_t>(cur / m);
      r = static_cast<uint64_t>(cur % m);
    }
    if (r) rest = true;
    while (top > 1 && w[top - 1] == 0) top--;  // the quotient is ~62 bits shorter
  }
  u128 q = static_cast<u128>(w[1]) << 64 | w[0];
  return round_to<T>(negative, q, rest, -t - k, error);
}

// The decimal case: digits (with an optional point) and an exponent, already delimited.
template <class T, class Char>
T convert_decimal(const Char* digits, const Char* digits_end, long exp10, bool negative, int* error) {
  using Tr = FloatTraits<T>;
  // Significant digits: skip leading zeros, keep at most kMaxDigits (the rest only say
  // "a little more"), and track the decimal exponent of the last kept digit.
  long point_shift = 0;  // digits after the point among those consumed
  bool in_fraction = false;
  const Char* p = digits;
  for (; p < digits_end; p++) {
    if (*p == '.') {
      in_fraction = true;
      continue;
    }
    if (*p != '0') break;
    if (in_fraction) point_shift++;
  }
  if (p == digits_end) return encode<T>(negative, 0, 0);
  // Count the significant digits and find where the kept ones end.
  long kept = 0;
  bool sticky = false;
  const Char* first = p;
  long int_after = 0;  // kept digits before the point
  for (const Char* r = p; r < digits_end; r++) {
    if (*r == '.') {
      in_fraction = true;
      continue;
    }
    if (kept < Tr::kMaxDigits) {
      kept++;
      if (!in_fraction) int_after++;
    } else {
      if (*r != '0') sticky = true;
      if (!in_fraction) exp10++;  // dropped integer digits still scale the value
    }
  }
  // value = D * 10^(exp10 - point_shift - (kept - int_after)), D the kept digits.
  long e10 = exp10 - point_shift - (kept - int_after);
  long lead10 = e10 + kept - 1;  // decimal exponent of the leading digit
  constexpr int kMaxLead = static_cast<int>((Tr::kMaxExp + 1) * 0.30103) + 1;
  constexpr int kMinLead = static_cast<int>((Tr::kMinExp - Tr::kMant) * 0.30103) - 2;
  if (lead10 > kMaxLead) {
    *error = ERANGE;
    return infinity<T>(negative);
  }
  if (lead10 < kMinLead) {
    *error = ERANGE;
    return encode<T>(negative, 0, 0);
  }
  // Fast paths for at most 19 digits (D fits 64 bits): a product in 128 bits for a small
  // power of ten, a short division for a negative one.
  if (kept <= 19 && !sticky && e10 <= 27 && e10 >= -kMaxDivideK<T>) {
    uint64_t d = 0;
    long taken = 0;
    for (const Char* r = first; r < digits_end && taken < kept; r++) {
      if (*r == '.') continue;
      d = d * 10 + static_cast<uint64_t>(*r - '0');
      taken++;
    }
    if (e10 < 0) return divide_pow5<T>(negative, d, static_cast<int>(-e10), error);
    u128 pow5 = 1;
    for (long i = 0; i < e10; i++) pow5 *= 5;
    if (bit_length(d) + bit_length(pow5) <= 128)
      return round_to<T>(negative, static_cast<u128>(d) * pow5, false, static_cast<int>(e10), error);
  }
  // Storage: D needs kept * log2(10) bits; 5^k about 2.33 bits per unit of k.
  long k = e10 < 0 ? -e10 : 0;
  long words = (kept * 3322 / 1000 + (e10 > 0 ? e10 : k) * 2322 / 1000) / 32 + 8 + Tr::kMant / 32;
  constexpr long kStackWords = 192;
  uint32_t stack_space[2 * kStackWords];
  uint32_t* space = stack_space;
  void* heap = nullptr;
  if (words > kStackWords) {
    heap = malloc(static_cast<size_t>(2 * words) * sizeof(uint32_t));
    if (!heap) {
      *error = ENOMEM;
      return encode<T>(negative, 0, 0);
    }
    space = static_cast<uint32_t*>(heap);
  } else {
    words = kStackWords;
  }
  Big a{space, 0, static_cast<int>(words)};
  Big b{space + words, 0, static_cast<int>(words)};
  // Build D nine digits at a time.
  uint32_t chunk = 0;
  int in_chunk = 0;
  long taken = 0;
  static constexpr uint32_t kPow10[10] = {1,      10,      100,      1000,      10000,
                                          100000, 1000000, 10000000, 100000000, 1000000000};
  for (const Char* r = first; r < digits_end && taken < kept; r++) {
    if (*r == '.') continue;
    chunk = chunk * 10 + static_cast<uint32_t>(*r - '0');
    taken++;
    if (++in_chunk == 9) {
      a.mul_add(kPow10[9], chunk);
      chunk = 0;
      in_chunk = 0;
    }
  }
  if (in_chunk) a.mul_add(kPow10[in_chunk], chunk);
  a.trim();
  T result;
  if (e10 >= 0) {
    a.mul_pow5(static_cast<int>(e10));
    int low_bits;
    u128 q = a.top128(&sticky, &low_bits);
    result = round_to<T>(negative, q, sticky, static_cast<int>(e10) + low_bits, error);
  } else {
    // q = floor(D * 2^t / 5^k), value = q * 2^(-t-k) plus the remainder. With
    // bitlen(D * 2^t) = bitlen(5^k) + P + 2, q lies in (2^(P+1), 2^(P+3)): enough bits to
    // round, and the remainder decides the sticky bit.
    constexpr int P = Tr::kMant;
    b.n = 1;
    b.w[0] = 1;
    b.mul_pow5(static_cast<int>(k));
    int t = b.bit_length() + P + 2 - a.bit_length();
    if (t >= 0) a.shift_left(t);
    else b.shift_left(-t);
    b.shift_left(P + 2);
    u128 q = 0;
    for (int j = P + 2; j >= 0; j--) {
      q <<= 1;
      if (compare(a, b) >= 0) {
        subtract(a, b);
        q |= 1;
      }
      if (j) b.shift_right1();
    }
    if (!a.is_zero()) sticky = true;
    result = round_to<T>(negative, q, sticky, static_cast<int>(-t - k), error);
  }
  if (heap) free(heap);
  return result;
}

}  // namespace detail

// strtod's grammar (C17 7.22.1.3) in the C locale. *end gets the first unparsed
// character (s itself when nothing was converted); *error gets ERANGE on overflow or
// underflow, else stays untouched.
template <class T, class Char> T parse_float(const Char* s, const Char** end, int* error) {
  using namespace detail;
  const Char* start = s;
  while (is_space(*s)) s++;
  bool negative = false;
  if (*s == '+' || *s == '-') negative = *s++ == '-';
  if (match_word(s, "inf")) {
    s += 3;
    if (match_word(s, "inity")) s += 5;
    *end = s;
    return infinity<T>(negative);
  }
  if (match_word(s, "nan")) {
    s += 3;
    u128 payload = 0;
    if (*s == '(') {
      const Char* p = s + 1;
      while ((*p >= '0' && *p <= '9') || (lower(*p) >= 'a' && lower(*p) <= 'z') || *p == '_') p++;
      if (*p == ')') {
        // A number in the parentheses becomes the payload (as strtoull would read it).
        const Char* q = s + 1;
        int base = 10;
        if (*q == '0' && lower(q[1]) == 'x') base = 16, q += 2;
        else if (*q == '0') base = 8;
        bool ok = q < p;
        for (const Char* r = q; r < p; r++) {
          int v = hex_value(*r);
          if (v < 0 || v >= base) {
            ok = false;
            break;
          }
          payload = payload * static_cast<unsigned>(base) + static_cast<unsigned>(v);
        }
        if (!ok) payload = 0;
        s = p + 1;
      }
    }
    *end = s;
    return make_nan<T>(negative, payload);
  }
  if (*s == '0' && lower(s[1]) == 'x' &&
      (hex_value(s[2]) >= 0 || (s[2] == '.' && hex_value(s[3]) >= 0))) {
    s += 2;
    T v = parse_hex<T>(s, negative, error);
    *end = s;
    return v;
  }
  const Char* digits = s;
  bool any = false, point = false;
  for (;; s++) {
    if (*s >= '0' && *s <= '9') any = true;
    else if (*s == '.' && !point) point = true;
    else break;
  }
  if (!any) {
    *end = start;
    return 0;
  }
  const Char* digits_end = s;
  long exp10 = 0;
  if (lower(*s) == 'e') exp10 = parse_exponent(s);
  *end = s;
  int e = 0;
  T v = convert_decimal<T>(digits, digits_end, exp10, negative, &e);
  if (e) *error = e;
  return v;
}

}  // namespace pure::format
