// strverscmp (GNU): compares strings as version numbers, following the man page's rules.
// At the first difference, take the whole digit runs of both strings around it; if either
// is empty the bytes decide. A run with a leading zero (and more than one digit) is a
// fraction: fractions sort before integers, more leading zeros before fewer, and then
// digit by digit with a shorter run first. Integer runs compare by length, then digits.
// So: 000 < 00 < 01 < 010 < 09 < 0 < 1 < 9 < 10.
#include <string.h>

namespace {
inline bool is_digit(unsigned char c) { return c - '0' < 10u; }
inline int sign_of(int v) { return (v > 0) - (v < 0); }
}  // namespace

extern "C" int strverscmp(const char* s1, const char* s2) {
  const unsigned char* a = reinterpret_cast<const unsigned char*>(s1);
  const unsigned char* b = reinterpret_cast<const unsigned char*>(s2);
  size_t i = 0;
  while (a[i] == b[i]) {
    if (!a[i]) return 0;
    i++;
  }
  int bytes = sign_of(a[i] - b[i]);
  size_t j = i;  // start of the digit run around the difference (the prefix is common)
  while (j > 0 && is_digit(a[j - 1])) j--;
  size_t la = j, lb = j;
  while (is_digit(a[la])) la++;
  while (is_digit(b[lb])) lb++;
  la -= j;
  lb -= j;
  if (la == 0 || lb == 0) return bytes;
  bool frac_a = a[j] == '0' && la > 1, frac_b = b[j] == '0' && lb > 1;
  if (frac_a != frac_b) return frac_a ? -1 : 1;
  if (!frac_a) {
    if (la != lb) return la < lb ? -1 : 1;
    return bytes;
  }
  size_t za = 0, zb = 0;
  while (za < la && a[j + za] == '0') za++;
  while (zb < lb && b[j + zb] == '0') zb++;
  if (za != zb) return za > zb ? -1 : 1;
  bool da = is_digit(a[i]), db = is_digit(b[i]);
  if (da && db) return bytes;
  if (da != db) return da ? 1 : -1;  // the run that ends first is smaller
  return bytes;
}
