#define _GNU_SOURCE
#include <stdio.h>
#include <wchar.h>

#include "../check.h"

int main(void) {
  FILE *f = tmpfile();
  CHECK(f != NULL);
  if (!f) return check_done();
  flockfile(f);
  CHECK_INT(fputwc_unlocked(L'\u00e9', f), L'\u00e9');
  CHECK_INT(putwc_unlocked(L'x', f), L'x');
  CHECK(fputws_unlocked(L"yz\n\u4e2d\n", f) >= 0);
  funlockfile(f);
  rewind(f);
  /* The bytes are UTF-8: é is two bytes. */
  CHECK_INT(ftell(f), 0);
  flockfile(f);
  CHECK_INT(fgetwc_unlocked(f), L'\u00e9');
  CHECK_INT(getwc_unlocked(f), L'x');
  wchar_t line[16];
  CHECK(fgetws_unlocked(line, 16, f) == line);
  CHECK(wcscmp(line, L"yz\n") == 0);
  CHECK(fgetws_unlocked(line, 16, f) == line);
  CHECK(wcscmp(line, L"\u4e2d\n") == 0);
  CHECK(fgetws_unlocked(line, 16, f) == NULL);
  CHECK_INT(fgetwc_unlocked(f), WEOF);
  funlockfile(f);
  fclose(f);
  return check_done();
}
