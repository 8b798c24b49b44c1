/* Every code point through wcrtomb and mbrtowc, and every two-byte prefix through
   mbrtowc, against the well-formed byte sequences table of RFC 3629 section 4 (Unicode
   chapter 3, table 3-7), written out here by hand. */
#include "../check.h"
#include <errno.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

/* RFC 3629 / Unicode table 3-7: the allowed range of the second byte for each lead byte;
   0 when the lead byte cannot start a character. Returns the sequence length. */
static int second_range(unsigned lead, unsigned *lo, unsigned *hi) {
  *lo = 0x80;
  *hi = 0xbf;
  if (lead <= 0x7f) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead == 0xe0) { *lo = 0xa0; return 3; }
  if (lead >= 0xe1 && lead <= 0xec) return 3;
  if (lead == 0xed) { *hi = 0x9f; return 3; }
  if (lead >= 0xee && lead <= 0xef) return 3;
  if (lead == 0xf0) { *lo = 0x90; return 4; }
  if (lead >= 0xf1 && lead <= 0xf3) return 4;
  if (lead == 0xf4) { *hi = 0x8f; return 4; }
  return 0;
}

static int reference_encode(unsigned long c, unsigned char *out) {
  if (c < 0x80) { out[0] = (unsigned char)c; return 1; }
  if (c < 0x800) { out[0] = 0xc0 | (c >> 6); out[1] = 0x80 | (c & 0x3f); return 2; }
  if (c < 0x10000) {
    out[0] = 0xe0 | (c >> 12); out[1] = 0x80 | ((c >> 6) & 0x3f); out[2] = 0x80 | (c & 0x3f);
    return 3;
  }
  out[0] = 0xf0 | (c >> 18); out[1] = 0x80 | ((c >> 12) & 0x3f);
  out[2] = 0x80 | ((c >> 6) & 0x3f); out[3] = 0x80 | (c & 0x3f);
  return 4;
}

int main(void) {
  CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
  int encode_bad = 0, decode_bad = 0, surrogate_bad = 0;
  for (unsigned long c = 1; c <= 0x10ffff; c++) {
    char got[8];
    unsigned char want[4];
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t n = wcrtomb(got, (wchar_t)c, &st);
    if (c >= 0xd800 && c <= 0xdfff) {
      if (n != (size_t)-1) surrogate_bad++;
      continue;
    }
    int len = reference_encode(c, want);
    if (n != (size_t)len || memcmp(got, want, (size_t)len) != 0) {
      if (encode_bad++ < 5) fprintf(stderr, "wcrtomb U+%lx wrong\n", c);
      continue;
    }
    wchar_t wc = 0;
    memset(&st, 0, sizeof st);
    if (mbrtowc(&wc, got, (size_t)len, &st) != (size_t)len || (unsigned long)wc != c) {
      if (decode_bad++ < 5) fprintf(stderr, "mbrtowc of U+%lx wrong\n", c);
    }
  }
  CHECK_INT(encode_bad, 0);
  CHECK_INT(decode_bad, 0);
  CHECK_INT(surrogate_bad, 0);

  /* Every (lead, second) byte pair: accepted as a start (-2 or a full character) exactly
     when the table allows it. */
  int pair_bad = 0;
  for (unsigned b0 = 0x80; b0 <= 0xff; b0++) {
    for (unsigned b1 = 0; b1 <= 0xff; b1++) {
      unsigned lo, hi;
      int len = second_range(b0, &lo, &hi);
      char s[2] = {(char)b0, (char)b1};
      mbstate_t st;
      memset(&st, 0, sizeof st);
      wchar_t wc;
      errno = 0;
      size_t r = mbrtowc(&wc, s, 2, &st);
      size_t want;
      if (len == 0 || b1 < lo || b1 > hi) want = (size_t)-1;
      else if (len == 2) want = 2;
      else want = (size_t)-2;
      if (r != want || (want == (size_t)-1 && errno != EILSEQ)) {
        if (pair_bad++ < 5) fprintf(stderr, "mbrtowc(%02x %02x) = %ld\n", b0, b1, (long)r);
      }
    }
  }
  CHECK_INT(pair_bad, 0);
  return check_done();
}
