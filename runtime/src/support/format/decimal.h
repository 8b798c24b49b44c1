// The exact decimal expansion of mant * 2^exp, produced digit by digit with big-integer
// arithmetic (a binary fraction always has a finite decimal expansion), plus the
// round-half-even planning printf needs. No floating-point operation is involved, so
// the digits are exact for every double and long double.
#pragma once
#include <float.h>
#include <stdint.h>

#include "support/format/float_parts.h"

namespace pure::format {

// kWords 32-bit words must hold the largest integer part in base 1e9 and the longest
// fraction scaled by 1e9: 64 suffice for double, 560 for long double (2^16384 * 2^113 and
// 2^-16494).
template <int kWords> class DecimalDigits {
 public:
  void init(u128 mant, int exp) {
    pending_ = -1;
    if (mant == 0) init_fraction(0, 1);
    else if (exp >= 0) init_integer(mant, exp);
    else init_fraction(mant, -exp);
  }

  // Digits before the decimal point (0 when the value is below 1).
  int int_digits() const { return int_digits_; }

  // The next digit: integer digits first, then the fraction's, then zeros forever.
  int next() {
    if (pending_ >= 0) {
      int d = pending_;
      pending_ = -1;
      return d;
    }
    if (chunk_left_ == 0 && !refill()) return 0;
    chunk_left_--;
    return digits_[dpos_++];
  }

  // True when some digit after the ones returned so far is not zero.
  bool rest_nonzero() const {
    if (pending_ > 0 || (chunk_left_ > 0 && dpos_ <= last_nonzero_digit_)) return true;
    if (integer_mode_) return chunk_pos_ > lowest_nonzero_;
    for (int i = int_pos_; i < int_len_; i++)
      if (int_[i]) return true;
    return !frac_zero();
  }

  // For values below 1: skips the zeros right after the point, returns their count.
  int skip_leading_zeros() {
    int n = 0;
    for (;;) {
      int d = next();
      if (d != 0) {
        pending_ = d;
        return n;
      }
      n++;
    }
  }

 private:
  static constexpr uint32_t kPow10[10] = {1,      10,      100,      1000,      10000,
                                          100000, 1000000, 10000000, 100000000, 1000000000};

  void init_integer(u128 mant, int shift) {
    // Build mant << shift in 32-bit words, then peel base-1e9 chunks off the low end.
    uint32_t limbs[kWords];
    int n = shift / 32 + 5;
    for (int i = 0; i < n; i++) limbs[i] = 0;
    int s = shift % 32, w = shift / 32;
    for (int i = 0; i < 5; i++) {
      u128 part = i < 4 ? (mant >> (32 * i)) & 0xffffffff : 0;
      u128 v = part << s;
      limbs[w + i] |= static_cast<uint32_t>(v);
      if (w + i + 1 < n) limbs[w + i + 1] |= static_cast<uint32_t>(v >> 32);
    }
    while (n > 0 && limbs[n - 1] == 0) n--;
    int chunks = 0;
    while (n > 0) {
      uint64_t rem = 0;
      for (int i = n; i-- > 0;) {
        uint64_t cur = (rem << 32) | limbs[i];
        limbs[i] = static_cast<uint32_t>(cur / 1000000000);
        rem = cur % 1000000000;
      }
      words_[chunks++] = static_cast<uint32_t>(rem);
      while (n > 0 && limbs[n - 1] == 0) n--;
    }
    integer_mode_ = true;
    lowest_nonzero_ = 0;
    while (words_[lowest_nonzero_] == 0) lowest_nonzero_++;
    chunk_pos_ = chunks - 1;
    uint32_t first = words_[chunk_pos_];
    int top = 1;
    while (top < 9 && first >= kPow10[top]) top++;
    load(first, top);
    int_digits_ = top + 9 * (chunks - 1);
  }

  void init_fraction(u128 mant, int k) {
    integer_mode_ = false;
    k_ = k;
    u128 ip = k < 128 ? mant >> k : 0;
    int_len_ = 0;
    char tmp[40];
    while (ip) {
      tmp[int_len_++] = static_cast<char>(ip % 10);
      ip /= 10;
    }
    for (int i = 0; i < int_len_; i++) int_[i] = tmp[int_len_ - 1 - i];
    int_pos_ = 0;
    int_digits_ = int_len_;
    // The fraction F / 2^k, with F = mant mod 2^k, in 32-bit words.
    int maxw = k / 32 + 1;
    n_ = 0;
    for (int i = 0; i < 4 && i < maxw; i++) {
      words_[i] = static_cast<uint32_t>(mant >> (32 * i));
      n_ = i + 1;
    }
    mask_top();
    chunk_left_ = 0;
  }

  // Keeps only the k fraction bits.
  void mask_top() {
    int full = k_ / 32, rem = k_ % 32;
    if (n_ > full) {
      if (rem) words_[full] &= (uint32_t{1} << rem) - 1;
      else words_[full] = 0;
      n_ = full + (rem ? 1 : 0);
    }
    while (n_ > 0 && words_[n_ - 1] == 0) n_--;
  }

  bool frac_zero() const { return n_ == 0; }

  bool refill() {
    if (integer_mode_) {
      if (chunk_pos_ <= 0) return false;
      load(words_[--chunk_pos_], 9);
      return true;
    }
    if (int_pos_ < int_len_) {
      load(static_cast<uint32_t>(int_[int_pos_++]), 1);
      return true;
    }
    if (n_ == 0) return false;
    // F *= 1e9; the bits at and above k are the next nine digits.
    uint64_t carry = 0;
    for (int i = 0; i < n_; i++) {
      uint64_t v = static_cast<uint64_t>(words_[i]) * 1000000000 + carry;
      words_[i] = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry) words_[n_++] = static_cast<uint32_t>(carry);
    int full = k_ / 32, rem = k_ % 32;
    uint64_t hi = 0;  // bits k .. k+63 of which the chunk (below 1e9 < 2^30) uses 30
    for (int i = full + 1; i >= full; i--) hi = (hi << 32) | (i < n_ ? words_[i] : 0);
    load(static_cast<uint32_t>(hi >> rem), 9);
    mask_top();
    return true;
  }

  uint32_t words_[kWords];
  // The current chunk's digits (division by the constant 10 only, which is cheap).
  void load(uint32_t v, int n) {
    last_nonzero_digit_ = -1;
    for (int i = n; i-- > 0;) {
      digits_[i] = static_cast<uint8_t>(v % 10);
      if (digits_[i] && last_nonzero_digit_ < 0) last_nonzero_digit_ = i;
      v /= 10;
    }
    dpos_ = 0;
    chunk_left_ = n;
  }

  uint8_t digits_[9];
  int dpos_;                 // next digit of digits_ to return
  int last_nonzero_digit_;   // in digits_, -1 when all are zero
  int chunk_left_;           // digits of the chunk not yet returned
  int pending_;        // a digit pushed back by skip_leading_zeros, or -1
  int int_digits_;
  bool integer_mode_;  // exp >= 0: words_ holds base-1e9 chunks, most significant at chunk_pos_
  int chunk_pos_;
  int lowest_nonzero_; // integer mode: the lowest chunk that is not zero
  int k_, n_;          // fraction mode: F has k_ bits in n_ words
  char int_[40];       // fraction mode: the (at most 39) integer digits
  int int_len_, int_pos_;
};

// How rounding the next n digits of a generator to nearest (ties to even) turns out.
struct RoundPlan {
  bool up;           // add one at the last kept digit
  bool carry;        // ... and it ripples out of the first: the digits become 1000...
  long last_non9;    // index of the last kept digit that is not 9 (-1: none)
  long last_nonzero; // index of the last nonzero digit after rounding (-1: none)
};

template <class Digits> RoundPlan plan_rounding(Digits g, long n) {
  RoundPlan r{false, false, -1, -1};
  int last = 0;
  long i = 0;
  for (; i < n; i++) {
    if (!g.rest_nonzero()) break;  // everything further is zero
    int d = g.next();
    if (d != 9) r.last_non9 = i;
    if (d != 0) r.last_nonzero = i;
    last = d;
  }
  if (i < n) {  // the remaining kept digits are zeros; nothing to round
    r.last_non9 = n - 1;
    return r;
  }
  int rd = g.next();
  bool sticky = g.rest_nonzero();
  r.up = rd > 5 || (rd == 5 && (sticky || (n > 0 && (last & 1))));
  if (r.up) {
    r.last_nonzero = r.last_non9;
    r.carry = r.last_non9 < 0;
  }
  return r;
}

// The i-th kept digit after rounding (i counts from 0 in generation order; without carry).
inline int rounded_digit(int d, long i, const RoundPlan& r) {
  if (!r.up) return d;
  if (i < r.last_non9) return d;
  if (i == r.last_non9) return d + 1;
  return 0;
}

inline constexpr int kDoubleWords = 64;
inline constexpr int kLongDoubleWords = LDBL_MANT_DIG == 53 ? 64 : 560;

}  // namespace pure::format
