// strstr and memmem (GNU/BSD). Short needles: find the first byte with memchr/strchr and compare;
// longer ones: the Two-Way algorithm (Crochemore and Perrin), linear time, constant space.
#include <string.h>

#include <stddef.h>

namespace pure {
namespace {

using Index = ptrdiff_t;

// The start of the maximal suffix of x under the byte order (or its reverse), and its period.
Index maximal_suffix(const unsigned char* x, Index m, bool reverse, Index* period) {
  Index ms = -1, j = 0, k = 1, p = 1;
  while (j + k < m) {
    unsigned char a = x[j + k], b = x[ms + k];
    if (reverse ? a > b : a < b) {
      j += k;
      k = 1;
      p = j - ms;
    } else if (a == b) {
      if (k != p) {
        ++k;
      } else {
        j += p;
        k = 1;
      }
    } else {
      ms = j;
      j = ms + 1;
      k = p = 1;
    }
  }
  *period = p;
  return ms;
}

const unsigned char* two_way(const unsigned char* y, Index n, const unsigned char* x, Index m) {
  Index p1, p2;
  Index ms1 = maximal_suffix(x, m, false, &p1);
  Index ms2 = maximal_suffix(x, m, true, &p2);
  Index ell = ms1 > ms2 ? ms1 : ms2;  // the critical factorisation x = x[0..ell] x[ell+1..]
  Index p = ms1 > ms2 ? p1 : p2;
  if (memcmp(x, x + p, static_cast<size_t>(ell + 1)) == 0) {
    // Periodic needle: remember how much of the period already matched.
    Index memory = -1;
    for (Index j = 0; j <= n - m;) {
      Index i = (ell > memory ? ell : memory) + 1;
      while (i < m && x[i] == y[i + j]) ++i;
      if (i >= m) {
        i = ell;
        while (i > memory && x[i] == y[i + j]) --i;
        if (i <= memory) return y + j;
        j += p;
        memory = m - p - 1;
      } else {
        j += i - ell;
        memory = -1;
      }
    }
    return nullptr;
  }
  Index left = ell + 1, right = m - ell - 1;
  p = (left > right ? left : right) + 1;
  for (Index j = 0; j <= n - m;) {
    Index i = ell + 1;
    while (i < m && x[i] == y[i + j]) ++i;
    if (i >= m) {
      i = ell;
      while (i >= 0 && x[i] == y[i + j]) --i;
      if (i < 0) return y + j;
      j += p;
    } else {
      j += i - ell;
    }
  }
  return nullptr;
}

const unsigned char* find(const unsigned char* h, size_t n, const unsigned char* x, size_t m) {
  if (m == 0) return h;
  if (m > n) return nullptr;
  if (m > 16) return two_way(h, static_cast<Index>(n), x, static_cast<Index>(m));
  const unsigned char* end = h + (n - m) + 1;  // one past the last possible start
  while (h < end) {
    h = static_cast<const unsigned char*>(memchr(h, x[0], static_cast<size_t>(end - h)));
    if (!h) return nullptr;
    if (memcmp(h + 1, x + 1, m - 1) == 0) return h;
    h++;
  }
  return nullptr;
}

}  // namespace
}  // namespace pure

extern "C" {

void* memmem(const void* haystack, size_t hlen, const void* needle, size_t nlen) {
  return const_cast<unsigned char*>(pure::find(static_cast<const unsigned char*>(haystack), hlen,
                                               static_cast<const unsigned char*>(needle), nlen));
}

char* strstr(const char* haystack, const char* needle) {
  if (!needle[0]) return const_cast<char*>(haystack);
  size_t m = strlen(needle);
  if (m <= 16) {
    // Short needles: no need to measure the haystack first (a match may come early).
    for (const char* h = strchr(haystack, needle[0]); h; h = strchr(h + 1, needle[0]))
      if (strncmp(h + 1, needle + 1, m - 1) == 0) return const_cast<char*>(h);
    return nullptr;
  }
  haystack = strchr(haystack, needle[0]);
  if (!haystack) return nullptr;
  return static_cast<char*>(memmem(haystack, strlen(haystack), needle, m));
}

}  // extern "C"
