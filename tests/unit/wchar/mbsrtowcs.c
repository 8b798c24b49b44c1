/* String conversions: mbsrtowcs, mbsnrtowcs, wcsrtombs, wcsnrtombs, mbstowcs, wcstombs
   (C17 7.29.6.4, POSIX for the n forms). */
#include "../check.h"
#include <errno.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define ERR ((size_t)-1)

int main(void) {
  wchar_t w[16];
  char b[32];
  mbstate_t st;
  const char *src;
  const wchar_t *wsrc;

  CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);

  /* Whole string: the null is stored and *src becomes NULL. */
  const char *text = "h\xc3\xa9llo \xe2\x82\xac";
  memset(&st, 0, sizeof st);
  src = text;
  CHECK_INT(mbsrtowcs(w, &src, 16, &st), 7);
  CHECK(src == NULL);
  CHECK(w[0] == 'h' && w[1] == 0xe9 && w[5] == ' ' && w[6] == 0x20ac && w[7] == 0);
  CHECK(mbsinit(&st));
  /* Counting only (dst NULL): *src is left alone. */
  src = text;
  CHECK_INT(mbsrtowcs(NULL, &src, 0, &st), 7);
  CHECK(src == text);
  /* Room for 2: stops after 2 characters, *src just past them. */
  src = text;
  wmemset(w, 0x5a, 16);
  CHECK_INT(mbsrtowcs(w, &src, 2, &st), 2);
  CHECK(src == text + 3);
  CHECK(w[1] == 0xe9 && w[2] == 0x5a);
  /* An encoding error: -1, EILSEQ, *src at the bad character. */
  const char *bad = "ab\xed\xa0\x80z";
  src = bad;
  memset(&st, 0, sizeof st);
  errno = 0;
  CHECK_INT(mbsrtowcs(w, &src, 16, &st), ERR);
  CHECK_INT(errno, EILSEQ);
  CHECK(src == bad + 2);
  memset(&st, 0, sizeof st);
  src = bad;
  CHECK_INT(mbsrtowcs(NULL, &src, 0, &st), ERR);

  /* mbsnrtowcs: at most nms bytes; a character split by the limit waits in the state. */
  const char *split = "a\xc3\xa9" "b";
  memset(&st, 0, sizeof st);
  src = split;
  CHECK_INT(mbsnrtowcs(w, &src, 2, 16, &st), 1);
  CHECK(src == split + 2);
  CHECK(!mbsinit(&st));
  CHECK_INT(mbsnrtowcs(w, &src, 3, 16, &st), 2);
  CHECK(src == NULL);
  CHECK(w[0] == 0xe9 && w[1] == 'b' && w[2] == 0);
  memset(&st, 0, sizeof st);
  src = split;
  CHECK_INT(mbsnrtowcs(w, &src, 1, 16, &st), 1);
  CHECK(src == split + 1);

  /* wcsrtombs. */
  const wchar_t wtext[] = {'h', 0xe9, 0x20ac, 0x1f600, 0};
  wsrc = wtext;
  memset(&st, 0, sizeof st);
  CHECK_INT(wcsrtombs(b, &wsrc, sizeof b, &st), 10);
  CHECK(wsrc == NULL);
  CHECK(memcmp(b, "h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 11) == 0);
  wsrc = wtext;
  CHECK_INT(wcsrtombs(NULL, &wsrc, 0, &st), 10);
  CHECK(wsrc == wtext);
  /* A character that does not fit is not split. */
  wsrc = wtext;
  memset(b, 'x', sizeof b);
  CHECK_INT(wcsrtombs(b, &wsrc, 5, &st), 3);
  CHECK(wsrc == wtext + 2);
  CHECK(b[3] == 'x');
  /* Room for everything but the null: no null stored, *src at the null. */
  wsrc = wtext;
  CHECK_INT(wcsrtombs(b, &wsrc, 10, &st), 10);
  CHECK(wsrc == wtext + 4);
  /* Unencodable: -1 and EILSEQ, *src at it. */
  const wchar_t wbad[] = {'o', 'k', 0xd800, 0};
  wsrc = wbad;
  errno = 0;
  CHECK_INT(wcsrtombs(b, &wsrc, sizeof b, &st), ERR);
  CHECK_INT(errno, EILSEQ);
  CHECK(wsrc == wbad + 2);
  /* wcsnrtombs: at most nwc wide characters. */
  wsrc = wtext;
  CHECK_INT(wcsnrtombs(b, &wsrc, 2, sizeof b, &st), 3);
  CHECK(wsrc == wtext + 2);
  wsrc = wtext;
  CHECK_INT(wcsnrtombs(NULL, &wsrc, 3, 0, &st), 6);

  /* mbstowcs / wcstombs. */
  CHECK_INT(mbstowcs(w, "\xe4\xb8\x80x", 16), 2);
  CHECK(w[0] == 0x4e00 && w[1] == 'x' && w[2] == 0);
  CHECK_INT(mbstowcs(NULL, "\xe4\xb8\x80x", 0), 2);
  CHECK_INT(mbstowcs(w, "\xc3", 16), ERR);
  CHECK_INT(wcstombs(b, wtext, sizeof b), 10);
  CHECK_INT(wcstombs(NULL, wtext, 0), 10);
  CHECK_INT(wcstombs(b, wbad, sizeof b), ERR);

  /* The C locale round-trips every byte. */
  CHECK(setlocale(LC_ALL, "C") != NULL);
  CHECK_INT(mbstowcs(w, "\xc3\xa9\xff", 16), 3);
  CHECK(w[0] == 0xc3 && w[1] == 0xa9 && w[2] == 0xff);
  CHECK_INT(wcstombs(b, w, sizeof b), 3);
  CHECK(memcmp(b, "\xc3\xa9\xff", 4) == 0);
  CHECK_INT(wcstombs(b, wtext, sizeof b), ERR);
  return check_done();
}
