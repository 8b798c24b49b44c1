/* <uchar.h>: UTF-16 and UTF-32 (C11 7.28), UTF-8 char8_t (C23). */
#define _GNU_SOURCE 1
#include "../check.h"
#include <errno.h>
#include <locale.h>
#include <string.h>
#include <uchar.h>
#include <wchar.h>

#define ERR ((size_t)-1)
#define PARTIAL ((size_t)-2)
#define PENDING ((size_t)-3)

int main(void) {
  mbstate_t st;
  char16_t c16;
  char32_t c32;
  char8_t c8;
  char buf[8];

  CHECK(setlocale(LC_ALL, "en_US.UTF-8") != NULL);

  /* mbrtoc16: a character above U+FFFF gives a surrogate pair over two calls. */
  memset(&st, 0, sizeof st);
  CHECK_INT(mbrtoc16(&c16, "\xf0\x9f\x98\x80", 4, &st), 4);
  CHECK_INT(c16, 0xd83d);
  CHECK(!mbsinit(&st));
  CHECK_INT(mbrtoc16(&c16, "zz", 2, &st), PENDING);
  CHECK_INT(c16, 0xde00);
  CHECK(mbsinit(&st));
  CHECK_INT(mbrtoc16(&c16, "\xe2\x82\xac", 3, &st), 3);
  CHECK_INT(c16, 0x20ac);
  CHECK_INT(mbrtoc16(&c16, "\xe2\x82", 2, &st), PARTIAL);
  CHECK_INT(mbrtoc16(&c16, "\xac", 1, &st), 1);
  CHECK_INT(c16, 0x20ac);
  errno = 0;
  CHECK_INT(mbrtoc16(&c16, "\xed\xa0\x80", 3, &st), ERR);
  CHECK_INT(errno, EILSEQ);
  memset(&st, 0, sizeof st);
  CHECK_INT(mbrtoc16(&c16, "", 1, &st), 0);
  CHECK_INT(c16, 0);

  /* c16rtomb: a high surrogate waits for its low partner. */
  memset(&st, 0, sizeof st);
  CHECK_INT(c16rtomb(buf, 0xd83d, &st), 0);
  CHECK_INT(c16rtomb(buf, 0xde00, &st), 4);
  CHECK(memcmp(buf, "\xf0\x9f\x98\x80", 4) == 0);
  CHECK_INT(c16rtomb(buf, 0xe9, &st), 2);
  CHECK(memcmp(buf, "\xc3\xa9", 2) == 0);
  errno = 0;
  CHECK_INT(c16rtomb(buf, 0xdc00, &st), ERR);  /* lone low surrogate */
  CHECK_INT(errno, EILSEQ);
  memset(&st, 0, sizeof st);
  CHECK_INT(c16rtomb(buf, 0xd800, &st), 0);
  errno = 0;
  CHECK_INT(c16rtomb(buf, 'a', &st), ERR);     /* high surrogate not followed by low */
  CHECK_INT(errno, EILSEQ);

  /* mbrtoc32 / c32rtomb. */
  memset(&st, 0, sizeof st);
  CHECK_INT(mbrtoc32(&c32, "\xf4\x8f\xbf\xbf", 4, &st), 4);
  CHECK_INT(c32, 0x10ffff);
  CHECK_INT(mbrtoc32(&c32, "\xf4\x90\x80\x80", 4, &st), ERR);
  memset(&st, 0, sizeof st);
  CHECK_INT(c32rtomb(buf, 0x4e00, &st), 3);
  CHECK(memcmp(buf, "\xe4\xb8\x80", 3) == 0);
  CHECK_INT(c32rtomb(buf, 0x110000, &st), ERR);
  CHECK_INT(c32rtomb(buf, 0xdfff, &st), ERR);

  /* mbrtoc8: the UTF-8 units of one character, the extra ones with (size_t)-3. */
  memset(&st, 0, sizeof st);
  CHECK_INT(mbrtoc8(&c8, "\xe2\x82\xac", 3, &st), 3);
  CHECK_INT(c8, 0xe2);
  CHECK_INT(mbrtoc8(&c8, "x", 1, &st), PENDING);
  CHECK_INT(c8, 0x82);
  CHECK_INT(mbrtoc8(&c8, "x", 1, &st), PENDING);
  CHECK_INT(c8, 0xac);
  CHECK(mbsinit(&st));
  CHECK_INT(mbrtoc8(&c8, "x", 1, &st), 1);
  CHECK_INT(c8, 'x');
  /* c8rtomb: units are collected until the character is complete. */
  memset(&st, 0, sizeof st);
  CHECK_INT(c8rtomb(buf, 0xf0, &st), 0);
  CHECK_INT(c8rtomb(buf, 0x9f, &st), 0);
  CHECK_INT(c8rtomb(buf, 0x98, &st), 0);
  CHECK_INT(c8rtomb(buf, 0x80, &st), 4);
  CHECK(memcmp(buf, "\xf0\x9f\x98\x80", 4) == 0);
  CHECK_INT(c8rtomb(buf, 'q', &st), 1);
  CHECK_INT(buf[0], 'q');
  errno = 0;
  CHECK_INT(c8rtomb(buf, 0xc0, &st), ERR);
  CHECK_INT(errno, EILSEQ);

  /* In the C locale the multibyte side is one byte per character. */
  CHECK(setlocale(LC_ALL, "C") != NULL);
  memset(&st, 0, sizeof st);
  CHECK_INT(mbrtoc16(&c16, "\xe9", 1, &st), 1);
  CHECK_INT(c16, 0xe9);
  CHECK_INT(c32rtomb(buf, 0x20ac, &st), ERR);
  CHECK_INT(mbrtoc8(&c8, "\xe9", 1, &st), 1);
  CHECK_INT(c8, 0xc3);
  CHECK_INT(mbrtoc8(&c8, "", 1, &st), PENDING);
  CHECK_INT(c8, 0xa9);
  CHECK_INT(c8rtomb(buf, 0xc3, &st), 0);
  CHECK_INT(c8rtomb(buf, 0xa9, &st), 1);
  CHECK_INT((unsigned char)buf[0], 0xe9);
  return check_done();
}
