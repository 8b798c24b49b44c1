/* iconv_open, iconv, iconv_close: round trips, byte order marks, every error (EILSEQ,
   EINVAL, E2BIG, EBADF on open), input cut at every byte, //TRANSLIT and //IGNORE, reset,
   names. Expected bytes come from the encodings' definitions (RFC 3629, RFC 2781, Unicode,
   ISO 8859) and the iconv(3) man page. */
#include <errno.h>
#include <iconv.h>
#include <locale.h>
#include <string.h>
#include <wchar.h>

#include "../check.h"

/* Converts in[0..n) with a fresh descriptor into out (room `cap`); returns iconv's result
   and stores errno, the bytes consumed and the bytes written. */
static size_t conv(const char *to, const char *from, const char *in, size_t n, char *out,
                   size_t cap, int *err, size_t *used, size_t *wrote) {
  iconv_t cd = iconv_open(to, from);
  if (cd == (iconv_t)-1) {
    *err = errno;
    *used = *wrote = 0;
    return (size_t)-2;
  }
  char *ip = (char *)in, *op = out;
  size_t il = n, ol = cap;
  errno = 0;
  size_t r = iconv(cd, &ip, &il, &op, &ol);
  *err = r == (size_t)-1 ? errno : 0;
  *used = (size_t)(ip - in);
  *wrote = (size_t)(op - out);
  CHECK_INT(il, n - *used);
  CHECK_INT(ol, cap - *wrote);
  CHECK_INT(iconv_close(cd), 0);
  return r;
}

/* Expects a complete, exact conversion. */
static void same(const char *to, const char *from, const char *in, size_t n, const char *want,
                 size_t wn) {
  char out[256];
  int err;
  size_t used, wrote;
  size_t r = conv(to, from, in, n, out, sizeof out, &err, &used, &wrote);
  CHECK_INT(r, 0);
  CHECK_INT(err, 0);
  CHECK_INT(used, n);
  CHECK_INT(wrote, wn);
  CHECK(wrote == wn && memcmp(out, want, wn) == 0);
  if (r != 0 || wrote != wn || memcmp(out, want, wn) != 0)
    fprintf(stderr, "  (%s <- %s)\n", to, from);
}

#define SAME(to, from, in, want) same(to, from, in, sizeof in - 1, want, sizeof want - 1)

/* "Aé€😀" in each encoding. */
static const char kUtf8[] = "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
static const char kUtf16le[] = "A\0\xe9\0\xac\x20\x3d\xd8\x00\xde";
static const char kUtf16be[] = "\0A\0\xe9\x20\xac\xd8\x3d\xde\x00";
static const char kUtf32le[] = "A\0\0\0\xe9\0\0\0\xac\x20\0\0\x00\xf6\x01\0";
static const char kUtf32be[] = "\0\0\0A\0\0\0\xe9\0\0\x20\xac\0\x01\xf6\x00";

static void test_unicode_forms(void) {
  SAME("UTF-16LE", "UTF-8", kUtf8, kUtf16le);
  SAME("UTF-16BE", "UTF-8", kUtf8, kUtf16be);
  SAME("UTF-32LE", "UTF-8", kUtf8, kUtf32le);
  SAME("UTF-32BE", "UTF-8", kUtf8, kUtf32be);
  SAME("UCS-4", "UTF-8", kUtf8, kUtf32be); /* UCS-4 is big-endian */
  SAME("UCS-4LE", "UTF-8", kUtf8, kUtf32le);
  SAME("UTF-8", "UTF-16LE", kUtf16le, kUtf8);
  SAME("UTF-8", "UTF-16BE", kUtf16be, kUtf8);
  SAME("UTF-8", "UTF-32LE", kUtf32le, kUtf8);
  SAME("UTF-8", "UTF-32BE", kUtf32be, kUtf8);
  SAME("UTF-16BE", "UTF-32LE", kUtf32le, kUtf16be);
  SAME("UTF-8", "UTF-8", kUtf8, kUtf8);
  /* WCHAR_T is the program's own wchar_t. */
  const wchar_t wide[] = L"A\u00e9\u20ac\U0001F600";
  char out[64];
  int err;
  size_t used, wrote;
  CHECK_INT(conv("UTF-8", "WCHAR_T", (const char *)wide, 4 * sizeof(wchar_t), out, sizeof out, &err,
                 &used, &wrote), 0);
  CHECK(wrote == sizeof kUtf8 - 1 && memcmp(out, kUtf8, wrote) == 0);
  wchar_t back[8];
  CHECK_INT(conv("WCHAR_T", "UTF-8", kUtf8, sizeof kUtf8 - 1, (char *)back, sizeof back, &err,
                 &used, &wrote), 0);
  CHECK(wrote == 4 * sizeof(wchar_t) && memcmp(back, wide, wrote) == 0);
}

static void test_byte_order_marks(void) {
  /* "UTF-16" / "UTF-32" output: a BOM, then native order (both targets are little-endian). */
  SAME("UTF-16", "UTF-8", "Az", "\xff\xfe" "A\0z\0");
  SAME("UTF-32", "UTF-8", "A", "\xff\xfe\0\0" "A\0\0\0");
  /* Input: a BOM picks the order and is consumed; without one, native order. */
  SAME("UTF-8", "UTF-16", "\xfe\xff\0A", "A");
  SAME("UTF-8", "UTF-16", "\xff\xfe" "A\0", "A");
  SAME("UTF-8", "UTF-16", "A\0", "A");
  SAME("UTF-8", "UTF-32", "\0\0\xfe\xff\0\0\0A", "A");
  /* Only the first U+FEFF is a BOM; explicit byte orders keep it as a character. */
  SAME("UTF-8", "UTF-16", "\xff\xfe\xff\xfe", "\xef\xbb\xbf");
  SAME("UTF-8", "UTF-16BE", "\xfe\xff\0A", "\xef\xbb\xbf" "A");
  /* UCS-2 is native order without a BOM, limited to the BMP. */
  SAME("UCS-2", "UTF-8", "A\xc3\xa9", "A\0\xe9\0");
  SAME("UCS-2BE", "UTF-8", "A", "\0A");

  /* The BOM is written once per state: again after a reset. */
  iconv_t cd = iconv_open("UTF-16", "UTF-8");
  char out[16], *op = out, *ip = "A";
  size_t il = 1, ol = sizeof out;
  CHECK_INT(iconv(cd, &ip, &il, &op, &ol), 0);
  ip = "B";
  il = 1;
  CHECK_INT(iconv(cd, &ip, &il, &op, &ol), 0);
  CHECK_INT(iconv(cd, NULL, NULL, &op, &ol), 0); /* nothing to write to return to the initial state */
  ip = "C";
  il = 1;
  CHECK_INT(iconv(cd, &ip, &il, &op, &ol), 0);
  CHECK_INT(op - out, 10);
  CHECK(memcmp(out, "\xff\xfe" "A\0B\0\xff\xfe" "C\0", 10) == 0);
  /* No BOM for empty input. */
  CHECK_INT(iconv(cd, NULL, NULL, NULL, NULL), 0);
  il = 0;
  op = out;
  ol = sizeof out;
  CHECK_INT(iconv(cd, &ip, &il, &op, &ol), 0);
  CHECK_INT(op - out, 0);
  iconv_close(cd);

  /* A reset forgets the byte order a BOM chose. */
  cd = iconv_open("UTF-8", "UTF-16");
  ip = "\xfe\xff\0A";
  il = 4;
  op = out;
  ol = sizeof out;
  CHECK_INT(iconv(cd, &ip, &il, &op, &ol), 0);
  iconv(cd, NULL, NULL, NULL, NULL);
  ip = "B\0";
  il = 2;
  CHECK_INT(iconv(cd, &ip, &il, &op, &ol), 0);
  CHECK(op - out == 2 && memcmp(out, "AB", 2) == 0);
  iconv_close(cd);
}

static void test_eight_bit(void) {
  SAME("ISO-8859-1", "UTF-8", "\xc3\xa9\xc3\xbf\xc2\x80", "\xe9\xff\x80");
  SAME("UTF-8", "LATIN1", "\xe9\xff", "\xc3\xa9\xc3\xbf");
  SAME("ISO-8859-15", "UTF-8", "\xe2\x82\xac", "\xa4");  /* the euro sign */
  SAME("UTF-8", "ISO-8859-2", "\xb1", "\xc4\x85");        /* a with ogonek */
  SAME("UTF-8", "ISO-8859-5", "\xb0", "\xd0\x90");        /* Cyrillic A */
  SAME("UTF-8", "ISO-8859-7", "\xc1", "\xce\x91");        /* Greek Alpha */
  SAME("CP1252", "UTF-8", "\xe2\x80\x9c\xe2\x82\xac", "\x93\x80");
  SAME("UTF-8", "WINDOWS-1252", "\x85", "\xe2\x80\xa6");
  SAME("UTF-8", "KOI8-R", "\xc1", "\xd0\xb0");            /* Cyrillic a */
  SAME("ASCII", "UTF-8", "plain", "plain");
  char out[16];
  int err;
  size_t used, wrote;
  /* Bytes a set leaves unassigned, and characters it lacks, are EILSEQ. */
  CHECK_INT(conv("UTF-8", "CP1252", "a\x81", 2, out, sizeof out, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, EILSEQ);
  CHECK_INT(used, 1);
  CHECK_INT(conv("UTF-8", "ISO-8859-3", "\xa5", 1, out, sizeof out, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, EILSEQ);
  CHECK_INT(conv("UTF-8", "ASCII", "ab\x80", 3, out, sizeof out, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, EILSEQ);
  CHECK_INT(used, 2);
  CHECK_INT(wrote, 2);
  CHECK_INT(conv("ISO-8859-1", "UTF-8", "x\xc4\x80", 3, out, sizeof out, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, EILSEQ); /* U+0100 is not in Latin-1 */
  CHECK_INT(used, 1);
  CHECK_INT(conv("ISO-8859-2", "UTF-16LE", "\xff\xff", 2, out, sizeof out, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, EILSEQ); /* U+FFFF, not a table hole */
  /* Every byte of every set round-trips through UTF-8. */
  static const char *const sets[] = {"ISO-8859-2", "ISO-8859-9", "ISO-8859-16", "CP1251", "KOI8-U"};
  for (size_t s = 0; s < sizeof sets / sizeof *sets; ++s) {
    for (int b = 0; b < 256; ++b) {
      char in = (char)b, mid[8], back[8];
      size_t r = conv("UTF-8", sets[s], &in, 1, mid, sizeof mid, &err, &used, &wrote);
      if (r == (size_t)-1) {
        CHECK_INT(err, EILSEQ);
        continue;
      }
      size_t midlen = wrote;
      CHECK_INT(conv(sets[s], "UTF-8", mid, midlen, back, sizeof back, &err, &used, &wrote), 0);
      CHECK(wrote == 1 && back[0] == in);
    }
  }
}

static void test_errors(void) {
  char out[64];
  int err;
  size_t used, wrote;
  /* Invalid input: EILSEQ, *inbuf at the start of the bad sequence. */
  static const struct {
    const char *from;
    const char *in;
    size_t n, used;
  } bad[] = {
      {"UTF-8", "ab\xff", 3, 2},           {"UTF-8", "\xc0\x80", 2, 0},  /* overlong */
      {"UTF-8", "x\xed\xa0\x80", 4, 1},     /* a surrogate */
      {"UTF-8", "\xf4\x90\x80\x80", 4, 0}, /* above U+10FFFF */
      {"UTF-8", "\xe0\x80", 2, 0},         /* invalid even though cut short */
      {"UTF-16LE", "A\0\x00\xdc", 4, 2},   /* a lone low surrogate */
      {"UTF-16LE", "\x00\xd8" "A\0", 4, 0}, /* a high surrogate without its low half */
      {"UCS-2LE", "\x00\xd8\x00\xdc", 4, 0}, /* no surrogates in UCS-2 */
      {"UTF-32LE", "\0\0\x11\0", 4, 0},   {"UTF-32BE", "\0\0\xd8\0", 4, 0},
      {"UCS-4", "\x7f\0\0\0", 4, 0},
  };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; ++i) {
    CHECK_INT(conv("UTF-32LE", bad[i].from, bad[i].in, bad[i].n, out, sizeof out, &err, &used, &wrote),
              (size_t)-1);
    CHECK_INT(err, EILSEQ);
    CHECK_INT(used, bad[i].used);
  }
  /* Unrepresentable in the target: EILSEQ before the character. */
  CHECK_INT(conv("UCS-2", "UTF-8", "a\xf0\x9f\x98\x80", 5, out, sizeof out, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, EILSEQ);
  CHECK_INT(used, 1);
  CHECK_INT(wrote, 2);

  /* Input cut inside a character, at every byte: EINVAL, the partial character unread.
     Feeding the rest afterwards completes the conversion. */
  for (size_t cut = 1; cut < sizeof kUtf8 - 1; ++cut) {
    iconv_t cd = iconv_open("UTF-16BE", "UTF-8");
    char *ip = (char *)kUtf8, *op = out;
    size_t il = cut, ol = sizeof out;
    size_t r = iconv(cd, &ip, &il, &op, &ol);
    int boundary = cut == 1 || cut == 3 || cut == 6;
    if (boundary) {
      CHECK_INT(r, 0);
    } else {
      CHECK_INT(r, (size_t)-1);
      CHECK_INT(errno, EINVAL);
    }
    il += sizeof kUtf8 - 1 - cut;
    CHECK_INT(iconv(cd, &ip, &il, &op, &ol), 0);
    CHECK(op - out == 10 && memcmp(out, kUtf16be, 10) == 0);
    iconv_close(cd);
  }
  for (size_t cut = 1; cut < 10; ++cut) {
    CHECK_INT(conv("UTF-8", "UTF-16LE", kUtf16le, cut, out, sizeof out, &err, &used, &wrote),
              cut % 2 || cut == 8 ? (size_t)-1 : 0);
    if (cut % 2 || cut == 8) CHECK_INT(err, EINVAL);
    CHECK_INT(used, cut >= 6 ? 6 : cut & ~(size_t)1);
  }

  /* Output too small, at every size: E2BIG at a character boundary, never half of one. */
  for (size_t cap = 0; cap < sizeof kUtf8 - 1; ++cap) {
    size_t r = conv("UTF-8", "UTF-16LE", kUtf16le, sizeof kUtf16le - 1, out, cap, &err, &used, &wrote);
    CHECK_INT(r, (size_t)-1);
    CHECK_INT(err, E2BIG);
    size_t want = cap >= 6 ? 6 : cap >= 3 ? 3 : cap >= 1 ? 1 : 0;
    CHECK_INT(wrote, want);
    CHECK_INT(used, want == 6 ? 6 : want == 3 ? 4 : want == 1 ? 2 : 0);
  }
  /* The BOM goes out even when the character after it does not fit. */
  CHECK_INT(conv("UTF-16", "UTF-8", "A", 1, out, 3, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, E2BIG);
  CHECK_INT(wrote, 2);
  CHECK_INT(used, 0);
  /* A missing output buffer has no room. */
  iconv_t cd = iconv_open("UTF-8", "UTF-8");
  char *ip = "a";
  size_t il = 1;
  errno = 0;
  CHECK_INT(iconv(cd, &ip, &il, NULL, NULL), (size_t)-1);
  CHECK_INT(errno, E2BIG);
  il = 0;
  CHECK_INT(iconv(cd, &ip, &il, NULL, NULL), 0);
  iconv_close(cd);

  /* Descriptors. */
  errno = 0;
  CHECK(iconv_open("NO-SUCH-SET", "UTF-8") == (iconv_t)-1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK(iconv_open("UTF-8", "UTF-9") == (iconv_t)-1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(iconv((iconv_t)-1, &ip, &il, NULL, NULL), (size_t)-1);
  CHECK_INT(errno, EBADF);
  errno = 0;
  CHECK_INT(iconv_close((iconv_t)-1), -1);
  CHECK_INT(errno, EBADF);
}

static void test_translit_ignore(void) {
  char out[64];
  int err;
  size_t used, wrote;
  /* //TRANSLIT: approximations, each counted as irreversible; "?" when there is none. */
  static const char in[] = "\xc3\xa9t\xc3\xa9 \xe2\x80\x9cq\xe2\x80\x9d \xc3\x9f \xe2\x82\xac \xe4\xb8\x80";
  size_t r = conv("ASCII//TRANSLIT", "UTF-8", in, sizeof in - 1, out, sizeof out, &err, &used, &wrote);
  CHECK_INT(r, 7);
  CHECK_INT(wrote, 16);
  out[wrote < sizeof out ? wrote : 0] = '\0';
  CHECK_STR(out, "ete \"q\" ss EUR ?");
  /* Only what the target lacks is replaced. */
  CHECK_INT(conv("LATIN1//TRANSLIT", "UTF-8", "\xc3\xa9\xe2\x80\x94\xc5\x93", 7, out, sizeof out, &err,
                 &used, &wrote), 2);
  CHECK(wrote == 5 && memcmp(out, "\xe9--oe", 5) == 0);
  CHECK_INT(conv("ascii//translit", "utf-8", "\xef\xac\x81\xc2\xbd", 5, out, sizeof out, &err, &used,
                 &wrote), 2);
  CHECK(wrote == 5 && memcmp(out, "fi1/2", 5) == 0);
  /* A replacement that does not fit: E2BIG before the character. */
  CHECK_INT(conv("ASCII//TRANSLIT", "UTF-8", "a\xe2\x82\xac", 4, out, 3, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, E2BIG);
  CHECK_INT(used, 1);
  /* Invalid input is still an error under //TRANSLIT. */
  CHECK_INT(conv("ASCII//TRANSLIT", "UTF-8", "a\xff", 2, out, sizeof out, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, EILSEQ);
  CHECK_INT(used, 1);

  /* //IGNORE: drop what cannot be converted, go on, and report EILSEQ at the end. */
  CHECK_INT(conv("ASCII//IGNORE", "UTF-8", "ab\xc3\xa9z", 5, out, sizeof out, &err, &used, &wrote),
            (size_t)-1);
  CHECK_INT(err, EILSEQ);
  CHECK_INT(used, 5);
  CHECK(wrote == 3 && memcmp(out, "abz", 3) == 0);
  CHECK_INT(conv("UTF-16LE//IGNORE", "UTF-8", "a\xff\xfe" "b", 4, out, sizeof out, &err, &used, &wrote),
            (size_t)-1);
  CHECK_INT(err, EILSEQ);
  CHECK_INT(used, 4);
  CHECK(wrote == 4 && memcmp(out, "a\0b\0", 4) == 0);
  CHECK_INT(conv("UTF-8//IGNORE", "UTF-8", "ok", 2, out, sizeof out, &err, &used, &wrote), 0);
  /* E2BIG and EINVAL still stop an //IGNORE conversion. */
  CHECK_INT(conv("ASCII//IGNORE", "UTF-8", "\xc3\xa9" "abc", 5, out, 2, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, E2BIG);
  CHECK_INT(used, 4);
  CHECK_INT(conv("ASCII//IGNORE", "UTF-8", "\xc3\xa9" "a\xc3", 4, out, sizeof out, &err, &used, &wrote),
            (size_t)-1);
  CHECK_INT(err, EINVAL);
  CHECK_INT(used, 3);
  /* Both suffixes, in either order: approximate, drop nothing. */
  CHECK_INT(conv("ASCII//IGNORE//TRANSLIT", "UTF-8", "\xc3\xa9", 2, out, sizeof out, &err, &used, &wrote), 1);
  CHECK(wrote == 1 && out[0] == 'e');
}

static void test_names(void) {
  static const char *const names[] = {
      "utf8", "UTF_8", "Utf-8", "UTF16", "utf-16le", "UTF-16BE", "UTF32", "UTF-32LE", "utf-32be",
      "UCS-2", "UCS2", "UCS-2LE", "UCS-2BE", "UNICODELITTLE", "UNICODEBIG", "UCS-4", "UCS-4LE",
      "UCS-4BE", "WCHAR_T", "ASCII", "US-ASCII", "ANSI_X3.4-1968", "ISO646-US", "ISO-8859-1",
      "ISO8859-1", "iso_8859-1", "LATIN1", "L1", "CP819", "ISO-8859-2", "LATIN2", "ISO-8859-15",
      "LATIN-9", "ISO-8859-16", "CP1250", "WINDOWS-1252", "CP1252", "MS-ANSI", "KOI8-R", "KOI8-U",
      "ISO-8859-11", "ISO-8859-7", "GREEK", "CYRILLIC", "ISO-8859-8", "HEBREW",
  };
  for (size_t i = 0; i < sizeof names / sizeof *names; ++i) {
    iconv_t cd = iconv_open(names[i], "UTF-8");
    CHECK(cd != (iconv_t)-1);
    if (cd == (iconv_t)-1) fprintf(stderr, "  name %s\n", names[i]);
    else iconv_close(cd);
  }
  /* Unknown suffixes are ignored; fromcode may carry suffixes too. */
  iconv_t cd = iconv_open("UTF-8//SOMETHING", "LATIN1//TRANSLIT");
  CHECK(cd != (iconv_t)-1);
  iconv_close(cd);
  /* "" is the locale's codeset: ASCII in "C", UTF-8 in a UTF-8 locale. */
  char out[8];
  int err;
  size_t used, wrote;
  CHECK_INT(conv("", "UTF-8", "\xc3\xa9", 2, out, sizeof out, &err, &used, &wrote), (size_t)-1);
  CHECK_INT(err, EILSEQ);
  CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
  CHECK_INT(conv("", "LATIN1", "\xe9", 1, out, sizeof out, &err, &used, &wrote), 0);
  CHECK(wrote == 2 && memcmp(out, "\xc3\xa9", 2) == 0);
  setlocale(LC_CTYPE, "C");
}

int main(void) {
  test_unicode_forms();
  test_byte_order_marks();
  test_eight_bit();
  test_errors();
  test_translit_ignore();
  test_names();
  return check_done();
}
