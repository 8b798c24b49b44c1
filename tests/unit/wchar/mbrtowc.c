/* Multibyte <-> wide conversions in a UTF-8 locale (RFC 3629 rules: overlongs, surrogates
   and values above U+10FFFF are EILSEQ) and in the C locale (one byte per character). */
#include "../check.h"
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define ERR ((size_t)-1)
#define PARTIAL ((size_t)-2)

static size_t decode(const char *s, size_t n, wchar_t *out) {
  mbstate_t st;
  memset(&st, 0, sizeof st);
  *out = 0x5a5a;
  errno = 0;
  return mbrtowc(out, s, n, &st);
}

static int rejects(const char *s, size_t n) {
  wchar_t wc;
  return decode(s, n, &wc) == ERR && errno == EILSEQ;
}

int main(void) {
  wchar_t wc;
  mbstate_t st;
  char buf[8];

  CHECK_INT(MB_CUR_MAX, 1); /* programs start in "C" */
  CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);
  CHECK_INT(MB_CUR_MAX, 4);

  /* Well-formed sequences of each length, including the boundaries. */
  CHECK_INT(decode("A", 1, &wc), 1); CHECK_INT(wc, 'A');
  CHECK_INT(decode("", 1, &wc), 0); CHECK_INT(wc, 0);
  CHECK_INT(decode("\x7f", 1, &wc), 1); CHECK_INT(wc, 0x7f);
  CHECK_INT(decode("\xc2\x80", 2, &wc), 2); CHECK_INT(wc, 0x80);
  CHECK_INT(decode("\xc3\xa9zz", 4, &wc), 2); CHECK_INT(wc, 0xe9);
  CHECK_INT(decode("\xdf\xbf", 2, &wc), 2); CHECK_INT(wc, 0x7ff);
  CHECK_INT(decode("\xe0\xa0\x80", 3, &wc), 3); CHECK_INT(wc, 0x800);
  CHECK_INT(decode("\xe2\x82\xac", 3, &wc), 3); CHECK_INT(wc, 0x20ac);
  CHECK_INT(decode("\xed\x9f\xbf", 3, &wc), 3); CHECK_INT(wc, 0xd7ff);
  CHECK_INT(decode("\xee\x80\x80", 3, &wc), 3); CHECK_INT(wc, 0xe000);
  CHECK_INT(decode("\xef\xbf\xbf", 3, &wc), 3); CHECK_INT(wc, 0xffff);
  CHECK_INT(decode("\xf0\x90\x80\x80", 4, &wc), 4); CHECK_INT(wc, 0x10000);
  CHECK_INT(decode("\xf0\x9f\x98\x80", 4, &wc), 4); CHECK_INT(wc, 0x1f600);
  CHECK_INT(decode("\xf4\x8f\xbf\xbf", 4, &wc), 4); CHECK_INT(wc, 0x10ffff);

  /* Ill-formed: stray continuation bytes, overlong forms, surrogates, beyond U+10FFFF,
     invalid lead bytes, and a lead byte followed by a non-continuation byte. */
  CHECK(rejects("\x80", 1));
  CHECK(rejects("\xbf", 1));
  CHECK(rejects("\xc0\x80", 2));
  CHECK(rejects("\xc1\xbf", 2));
  CHECK(rejects("\xe0\x80\x80", 3));
  CHECK(rejects("\xe0\x9f\xbf", 3));
  CHECK(rejects("\xf0\x80\x80\x80", 4));
  CHECK(rejects("\xf0\x8f\xbf\xbf", 4));
  CHECK(rejects("\xed\xa0\x80", 3));
  CHECK(rejects("\xed\xbf\xbf", 3));
  CHECK(rejects("\xf4\x90\x80\x80", 4));
  CHECK(rejects("\xf5\x80\x80\x80", 4));
  CHECK(rejects("\xf8\x88\x80\x80\x80", 5));
  CHECK(rejects("\xfe", 1));
  CHECK(rejects("\xff", 1));
  CHECK(rejects("\xc3\x28", 2));
  CHECK(rejects("\xe2\x28\xa1", 3));
  CHECK(rejects("\xe2\x82\x28", 3));
  /* Errors are found at the first byte that rules the sequence out, even when more bytes
     would be needed to complete it. */
  CHECK(rejects("\xe0\x80", 2));
  CHECK(rejects("\xed\xa0", 2));
  CHECK(rejects("\xf4\x90", 2));

  /* Incomplete input: (size_t)-2, state kept, completed by the next call. */
  memset(&st, 0, sizeof st);
  CHECK(mbsinit(&st));
  CHECK_INT(mbrtowc(&wc, "\xe2\x82", 2, &st), PARTIAL);
  CHECK(!mbsinit(&st));
  wc = 0;
  CHECK_INT(mbrtowc(&wc, "\xac!", 2, &st), 1);
  CHECK_INT(wc, 0x20ac);
  CHECK(mbsinit(&st));
  /* One byte at a time through a 4-byte character. */
  memset(&st, 0, sizeof st);
  CHECK_INT(mbrtowc(&wc, "\xf0", 1, &st), PARTIAL);
  CHECK_INT(mbrtowc(&wc, "\x9f", 1, &st), PARTIAL);
  CHECK_INT(mbrtowc(&wc, "\x98", 1, &st), PARTIAL);
  CHECK_INT(mbrtowc(&wc, "\x80", 1, &st), 1);
  CHECK_INT(wc, 0x1f600);
  /* The second-byte checks also apply across calls. */
  memset(&st, 0, sizeof st);
  CHECK_INT(mbrtowc(&wc, "\xed", 1, &st), PARTIAL);
  errno = 0;
  CHECK_INT(mbrtowc(&wc, "\xa0\x80", 2, &st), ERR);
  CHECK_INT(errno, EILSEQ);
  /* n == 0 is incomplete; a null s resets (and reports an unfinished character). */
  memset(&st, 0, sizeof st);
  CHECK_INT(mbrtowc(&wc, "a", 0, &st), PARTIAL);
  CHECK_INT(mbrtowc(NULL, NULL, 0, &st), 0);
  CHECK_INT(mbrtowc(&wc, "\xc3", 1, &st), PARTIAL);
  errno = 0;
  CHECK_INT(mbrtowc(NULL, NULL, 0, &st), ERR);
  CHECK_INT(errno, EILSEQ);
  /* A null pwc still consumes; the internal state works for a null ps. */
  CHECK_INT(mbrtowc(NULL, "\xc3\xa9", 2, NULL), 2);
  CHECK_INT(mbrtowc(&wc, "\xe4", 1, NULL), PARTIAL);
  CHECK_INT(mbrtowc(&wc, "\xb8\x80", 2, NULL), 2);
  CHECK_INT(wc, 0x4e00);

  /* mbrlen. */
  memset(&st, 0, sizeof st);
  CHECK_INT(mbrlen("\xe4\xb8\x80", 3, &st), 3);
  CHECK_INT(mbrlen("\xe4\xb8", 2, &st), PARTIAL);
  CHECK_INT(mbrlen("\x80", 1, &st), 1);
  CHECK_INT(mbrlen("", 1, NULL), 0);
  CHECK_INT(mbrlen("\xff", 1, NULL), ERR);

  /* wcrtomb. */
  memset(&st, 0, sizeof st);
  CHECK_INT(wcrtomb(buf, L'A', &st), 1); CHECK_INT(buf[0], 'A');
  CHECK_INT(wcrtomb(buf, 0xe9, &st), 2);
  CHECK(memcmp(buf, "\xc3\xa9", 2) == 0);
  CHECK_INT(wcrtomb(buf, 0x20ac, &st), 3);
  CHECK(memcmp(buf, "\xe2\x82\xac", 3) == 0);
  CHECK_INT(wcrtomb(buf, 0x10ffff, &st), 4);
  CHECK(memcmp(buf, "\xf4\x8f\xbf\xbf", 4) == 0);
  CHECK_INT(wcrtomb(buf, 0, &st), 1); CHECK_INT(buf[0], 0);
  errno = 0;
  CHECK_INT(wcrtomb(buf, 0xd800, &st), ERR); CHECK_INT(errno, EILSEQ);
  errno = 0;
  CHECK_INT(wcrtomb(buf, 0xdfff, NULL), ERR); CHECK_INT(errno, EILSEQ);
  errno = 0;
  CHECK_INT(wcrtomb(buf, (wchar_t)0x110000, &st), ERR); CHECK_INT(errno, EILSEQ);
  errno = 0;
  CHECK_INT(wcrtomb(buf, (wchar_t)-1, &st), ERR); CHECK_INT(errno, EILSEQ);
  CHECK_INT(wcrtomb(NULL, 0x20ac, &st), 1); /* as wcrtomb(internal, L'\0', ps) */

  /* btowc / wctob: only ASCII bytes are characters on their own in UTF-8. */
  CHECK_INT(btowc('a'), 'a');
  CHECK_INT(btowc(0x80), WEOF);
  CHECK_INT(btowc(EOF), WEOF);
  CHECK_INT(wctob('a'), 'a');
  CHECK_INT(wctob(0xe9), EOF);

  /* The <stdlib.h> forms. */
  CHECK_INT(mblen(NULL, 0), 0);       /* UTF-8 has no shift states */
  CHECK_INT(mblen("\xc3\xa9", 2), 2);
  CHECK_INT(mblen("\xc3", 1), -1);
  CHECK_INT(mblen("", 1), 0);
  CHECK_INT(mbtowc(&wc, "\xe2\x82\xac", 3), 3); CHECK_INT(wc, 0x20ac);
  errno = 0;
  CHECK_INT(mbtowc(&wc, "\xc0\xaf", 2), -1); CHECK_INT(errno, EILSEQ);
  CHECK_INT(mbtowc(NULL, NULL, 0), 0);
  CHECK_INT(wctomb(NULL, 0), 0);
  CHECK_INT(wctomb(buf, 0x1f600), 4);
  CHECK(memcmp(buf, "\xf0\x9f\x98\x80", 4) == 0);
  CHECK_INT(wctomb(buf, 0xd800), -1);

  /* The C locale: one byte per character, bytes >= 0x80 map to U+0080..U+00FF. */
  CHECK(setlocale(LC_CTYPE, "C") != NULL);
  CHECK_INT(MB_CUR_MAX, 1);
  CHECK_INT(decode("\xc3\xa9", 2, &wc), 1); CHECK_INT(wc, 0xc3);
  CHECK_INT(decode("\xff", 1, &wc), 1); CHECK_INT(wc, 0xff);
  CHECK_INT(decode("", 1, &wc), 0);
  CHECK_INT(wcrtomb(buf, 0xe9, NULL), 1); CHECK_INT((unsigned char)buf[0], 0xe9);
  errno = 0;
  CHECK_INT(wcrtomb(buf, 0x100, NULL), ERR); CHECK_INT(errno, EILSEQ);
  CHECK_INT(btowc(0x80), 0x80);
  CHECK_INT(wctob(0xff), 0xff);
  CHECK_INT(wctob(0x100), EOF);
  CHECK_INT(mblen("\xc3\xa9", 2), 1);
  return check_done();
}
