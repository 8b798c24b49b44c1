/* mem* functions over every small size and every source/destination alignment, with
   guard bytes around the destination, against byte-by-byte reference loops. */
#define _GNU_SOURCE
#include <string.h>
#include <strings.h>

#include "../check.h"

#define BUF 4096
static unsigned char src_buf[BUF], dst_buf[BUF], ref_buf[BUF];

static void *(*volatile p_memcpy)(void *, const void *, size_t) = memcpy;
static void *(*volatile p_memmove)(void *, const void *, size_t) = memmove;
static void *(*volatile p_memset)(void *, int, size_t) = memset;
static int (*volatile p_memcmp)(const void *, const void *, size_t) = memcmp;
static void *(*volatile p_memchr)(const void *, int, size_t) = memchr;

static const size_t sizes[] = {0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   15,  16,  17,  23,
                               24,  31,  32,  33,  47,  48,  63,  64,  65,  66,  79,  95,  96,  97,
                               127, 128, 129, 130, 191, 255, 256, 257, 511, 1000, 1023, 1024, 1500, 2049};
#define NSIZES (sizeof sizes / sizeof sizes[0])

static void fill_pattern(unsigned char *p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i++) p[i] = (unsigned char)(seed + i * 7 + (i >> 8));
}

static void test_memcpy(void) {
  int bad = 0;
  fill_pattern(src_buf, BUF, 1);
  for (size_t si = 0; si < NSIZES; si++)
    for (size_t sa = 0; sa < 32; sa++)
      for (size_t da = 0; da < 32; da++) {
        size_t n = sizes[si];
        memset(dst_buf, 0xEE, n + da + 64);
        void *r = p_memcpy(dst_buf + da, src_buf + sa, n);
        if (r != dst_buf + da) bad++;
        for (size_t i = 0; i < da; i++)
          if (dst_buf[i] != 0xEE) bad++;
        for (size_t i = 0; i < n; i++)
          if (dst_buf[da + i] != src_buf[sa + i]) bad++;
        for (size_t i = 0; i < 64; i++)
          if (dst_buf[da + n + i] != 0xEE) bad++;
      }
  CHECK_INT(bad, 0);
  CHECK(mempcpy(dst_buf, src_buf, 10) == dst_buf + 10);
}

/* memmove with overlap in both directions at every distance up to 80. */
static void test_memmove(void) {
  int bad = 0;
  for (size_t si = 0; si < NSIZES; si++) {
    size_t n = sizes[si];
    if (n > 1100) continue;
    for (size_t off = 0; off < 80; off++)
      for (int dir = 0; dir < 2; dir++)
        for (size_t a = 0; a < 16; a += 5) {
          size_t s = 200 + a + (dir ? off : 0), d = 200 + a + (dir ? 0 : off);
          fill_pattern(dst_buf, n + 400, (unsigned)(n + off));
          /* The reference: copy through a temporary. */
          fill_pattern(ref_buf, n + 400, (unsigned)(n + off));
          {
            static unsigned char tmp[BUF];
            for (size_t i = 0; i < n; i++) tmp[i] = ref_buf[s + i];
            for (size_t i = 0; i < n; i++) ref_buf[d + i] = tmp[i];
          }
          void *r = p_memmove(dst_buf + d, dst_buf + s, n);
          if (r != dst_buf + d) bad++;
          if (memcmp(dst_buf, ref_buf, n + 400) != 0) bad++;
        }
  }
  /* Long overlapping moves (the "rep movsb" range on x86_64). */
  for (size_t n = 2040; n < 3700; n += 413)
    for (size_t off = 1; off < 300; off += 37)
      for (int dir = 0; dir < 2; dir++) {
        size_t s = 100 + (dir ? off : 0), d = 100 + (dir ? 0 : off);
        fill_pattern(dst_buf, BUF, (unsigned)(n ^ off));
        fill_pattern(ref_buf, BUF, (unsigned)(n ^ off));
        static unsigned char tmp[BUF];
        for (size_t i = 0; i < n; i++) tmp[i] = ref_buf[s + i];
        for (size_t i = 0; i < n; i++) ref_buf[d + i] = tmp[i];
        p_memmove(dst_buf + d, dst_buf + s, n);
        if (memcmp(dst_buf, ref_buf, BUF) != 0) bad++;
      }
  CHECK_INT(bad, 0);
  char b[16] = "abcdef";
  bcopy(b, b + 2, 4);
  CHECK(memcmp(b, "ababcd", 6) == 0);
}

static void test_memset(void) {
  int bad = 0;
  for (size_t si = 0; si < NSIZES; si++)
    for (size_t a = 0; a < 32; a++) {
      size_t n = sizes[si];
      memcpy(dst_buf, src_buf, n + a + 64);
      void *r = p_memset(dst_buf + a, 0x1A5, n); /* converted to unsigned char: 0xA5 */
      if (r != dst_buf + a) bad++;
      for (size_t i = 0; i < a; i++)
        if (dst_buf[i] != src_buf[i]) bad++;
      for (size_t i = 0; i < n; i++)
        if (dst_buf[a + i] != 0xA5) bad++;
      for (size_t i = a + n; i < a + n + 64; i++)
        if (dst_buf[i] != src_buf[i]) bad++;
    }
  CHECK_INT(bad, 0);
  memset(dst_buf, 1, 100);
  bzero(dst_buf + 10, 50);
  explicit_bzero(dst_buf + 70, 10);
  CHECK(dst_buf[9] == 1 && dst_buf[10] == 0 && dst_buf[59] == 0 && dst_buf[60] == 1);
  CHECK(dst_buf[69] == 1 && dst_buf[70] == 0 && dst_buf[79] == 0 && dst_buf[80] == 1);
}

static int sign(int v) { return (v > 0) - (v < 0); }

static void test_memcmp(void) {
  int bad = 0;
  for (size_t si = 0; si < NSIZES; si++)
    for (size_t a = 0; a < 16; a++)
      for (size_t b = 0; b < 16; b += 3) {
        size_t n = sizes[si];
        fill_pattern(src_buf + a, n, 3);
        fill_pattern(dst_buf + b, n, 3);
        if (p_memcmp(src_buf + a, dst_buf + b, n) != 0) bad++;
        if (bcmp(src_buf + a, dst_buf + b, n) != 0) bad++;
        /* A difference at each of a few positions, both signs; bytes compare unsigned. */
        for (size_t k = 0; k < n; k += (n > 40 ? n / 7 : 1)) {
          unsigned char save = dst_buf[b + k];
          dst_buf[b + k] = (unsigned char)(src_buf[a + k] + 0x80);
          int want = src_buf[a + k] < dst_buf[b + k] ? -1 : 1;
          if (sign(p_memcmp(src_buf + a, dst_buf + b, n)) != want) bad++;
          if (sign(p_memcmp(dst_buf + b, src_buf + a, n)) != -want) bad++;
          if (bcmp(src_buf + a, dst_buf + b, n) == 0) bad++;
          /* A later difference must not matter. */
          if (k + 1 < n) {
            unsigned char s2 = dst_buf[b + n - 1];
            dst_buf[b + n - 1] ^= 0xFF;
            if (sign(p_memcmp(src_buf + a, dst_buf + b, n)) != want) bad++;
            dst_buf[b + n - 1] = s2;
          }
          dst_buf[b + k] = save;
        }
      }
  CHECK_INT(bad, 0);
  CHECK(p_memcmp("\x80", "\x7f", 1) > 0);
  CHECK(p_memcmp("abc", "abd", 2) == 0);
}

static void test_memchr(void) {
  int bad = 0;
  for (size_t si = 0; si < NSIZES; si++)
    for (size_t a = 0; a < 32; a++) {
      size_t n = sizes[si];
      memset(dst_buf, 'x', BUF);
      unsigned char *s = dst_buf + 64 + a;
      if (p_memchr(s, 'y', n) != NULL) bad++;
      if (memrchr(s, 'y', n) != NULL) bad++;
      /* A match just outside the range must not be found. */
      s[-1] = 'y';
      s[n] = 'y';
      if (p_memchr(s, 'y', n) != NULL) bad++;
      if (memrchr(s, 'y', n) != NULL) bad++;
      for (size_t k = 0; k < n; k += (n > 70 ? 13 : 1)) {
        s[k] = 'y';
        if (p_memchr(s, 'y', n) != s + k) bad++;
        if (memrchr(s, 'y', n) != s + k) bad++;
        if (rawmemchr(s, 'y') != s + k) bad++;
        if (k + 1 < n) {
          s[n - 1] = 'y';
          if (p_memchr(s, 'y', n) != s + k) bad++;
          if (memrchr(s, 'y', n) != s + n - 1) bad++;
          s[n - 1] = 'x';
        }
        s[k] = 'x';
      }
      s[-1] = 'x';
      s[n] = 'x';
    }
  CHECK_INT(bad, 0);
  /* The byte is converted to unsigned char. */
  unsigned char c[4] = {1, 0xFF, 3, 0};
  CHECK(p_memchr(c, -1, 4) == c + 1);
  CHECK(p_memchr(c, 0x103, 4) == c + 2);
  /* A huge length means "no limit" for a byte that is there. */
  CHECK(p_memchr(c, 3, (size_t)-1) == c + 2);
}

static void test_memccpy_memmem(void) {
  char d[32];
  memset(d, 'z', sizeof d);
  CHECK(memccpy(d, "hello world", ' ', 11) == d + 6);
  CHECK(memcmp(d, "hello z", 7) == 0);
  CHECK(memccpy(d, "abc", 'q', 3) == NULL);
  CHECK(memcmp(d, "abc", 3) == 0);

  const char *h = "abcabcabd";
  CHECK(memmem(h, 9, "abd", 3) == h + 6);
  CHECK(memmem(h, 9, "", 0) == h);
  CHECK(memmem(h, 9, "abe", 3) == NULL);
  CHECK(memmem(h, 2, "abc", 3) == NULL);
  CHECK(memmem("a\0b\0c", 5, "\0c", 2) != NULL);
  /* Long periodic and non-periodic needles (the Two-Way path). */
  static char hay[5000], nee[100];
  memset(hay, 'a', sizeof hay);
  memset(nee, 'a', sizeof nee);
  nee[99] = 'b';
  CHECK(memmem(hay, sizeof hay, nee, sizeof nee) == NULL);
  hay[4999] = 'b';
  CHECK(memmem(hay, sizeof hay, nee, sizeof nee) == hay + 4900);
  for (int i = 0; i < 100; i++) nee[i] = (char)('a' + (i * 7) % 26);
  memcpy(hay + 1234, nee, 100);
  CHECK(memmem(hay, sizeof hay, nee, sizeof nee) == hay + 1234);
  hay[1234 + 50] ^= 1;
  CHECK(memmem(hay, sizeof hay, nee, sizeof nee) == NULL);
}

int main(void) {
  test_memcpy();
  test_memmove();
  test_memset();
  test_memcmp();
  test_memchr();
  test_memccpy_memmem();
  return check_done();
}
