/* Wide-character streams and the wide printf/scanf families (C17 7.29.2, 7.29.3), with
   UTF-8 as the multibyte encoding. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "../check.h"

int main(void) {
  wchar_t w[64];
  CHECK_INT(swprintf(w, 64, L"%d|%5ls|%-3lc|%s|%.2f", 42, L"ab", L'\u00e9', "x\xc3\xa9", 2.5), 20);
  CHECK(wcscmp(w, L"42|   ab|\u00e9  |x\u00e9|2.50") == 0);
  CHECK_INT(swprintf(w, 4, L"%s", "toolong"), -1);
  CHECK_INT(swprintf(w, 64, L"%x %e %a", 255u, 1.0, 1.0), 22);
  CHECK(wcscmp(w, L"ff 1.000000e+00 0x1p+0") == 0);

  FILE *f = tmpfile();
  CHECK(f != NULL);
  CHECK_INT(fwide(f, 0), 0);
  CHECK_INT(fputwc(L'\u20ac', f), 0x20ac);
  CHECK(fwide(f, 0) > 0);
  CHECK_INT(fputws(L" caf\u00e9\n", f), 1);
  CHECK_INT(fwprintf(f, L"%ls=%d\n", L"\u00fc", 7), 4);
  rewind(f);
  /* the bytes on disk are UTF-8 */
  unsigned char raw[32];
  size_t n = fread(raw, 1, sizeof raw, f);
  CHECK_INT(n, 15);
  CHECK(memcmp(raw, "\xe2\x82\xac caf\xc3\xa9\n\xc3\xbc=7\n", 15) == 0);
  rewind(f);
  CHECK_INT(fgetwc(f), 0x20ac);
  CHECK_INT(ungetwc(0x20ac, f), 0x20ac);
  CHECK_INT(fgetwc(f), 0x20ac);
  CHECK(fgetws(w, 64, f) == w);
  CHECK(wcscmp(w, L" caf\u00e9\n") == 0);
  wchar_t name[8];
  int v = 0;
  CHECK_INT(fwscanf(f, L"%l[^=]=%d", name, &v), 2);
  CHECK(wcscmp(name, L"\u00fc") == 0);
  CHECK_INT(v, 7);
  CHECK_INT(fgetwc(f), L'\n');
  CHECK_INT(fgetwc(f), WEOF);
  fclose(f);

  /* invalid UTF-8 input: EILSEQ */
  f = tmpfile();
  fputs("\xff", f);
  rewind(f);
  errno = 0;
  CHECK_INT(fgetwc(f), WEOF);
  CHECK_INT(errno, EILSEQ);
  fclose(f);

  /* swscanf */
  int a = 0;
  double d = 0;
  char s[16];
  CHECK_INT(swscanf(L" 12 3.5 h\u00e9llo", L"%d %lf %s", &a, &d, s), 3);
  CHECK_INT(a, 12);
  CHECK(d == 3.5);
  CHECK_STR(s, "h\xc3\xa9llo");
  /* open_wmemstream counts wide characters */
  wchar_t *wp = NULL;
  size_t wn = 99;
  f = open_wmemstream(&wp, &wn);
  CHECK(f != NULL);
  CHECK_INT(fwprintf(f, L"%ls-%d", L"\u00e9\u20ac", 5), 4);
  fflush(f);
  CHECK_INT(wn, 4);
  CHECK(wp && wcscmp(wp, L"\u00e9\u20ac-5") == 0);
  fputwc(L'!', f);
  fclose(f);
  CHECK_INT(wn, 5);
  CHECK(wcscmp(wp, L"\u00e9\u20ac-5!") == 0);
  free(wp);
  return check_done();
}
