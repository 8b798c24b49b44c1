/* The wcs* and wmem* functions (C17 7.29.4, POSIX 2008 additions, GNU/BSD extras). */
#define _GNU_SOURCE 1
#include "../check.h"
#include <stdlib.h>
#include <wchar.h>

int main(void) {
  wchar_t buf[32];
  wchar_t *p;

  CHECK_INT(wcslen(L""), 0);
  CHECK_INT(wcslen(L"h\u00e9llo"), 5);
  CHECK_INT(wcsnlen(L"hello", 3), 3);
  CHECK_INT(wcsnlen(L"hi", 10), 2);

  CHECK(wcscpy(buf, L"abc") == buf);
  CHECK(wcscmp(buf, L"abc") == 0);
  CHECK(wcpcpy(buf, L"xyz") == buf + 3);
  wmemset(buf, L'#', 10);
  CHECK(wcsncpy(buf, L"ab", 5) == buf);
  CHECK(buf[0] == 'a' && buf[1] == 'b' && buf[2] == 0 && buf[4] == 0 && buf[5] == '#');
  wmemset(buf, L'#', 10);
  CHECK(wcsncpy(buf, L"abcdef", 3) == buf);
  CHECK(buf[2] == 'c' && buf[3] == '#');  /* no terminator when src is longer */
  wmemset(buf, L'#', 10);
  CHECK(wcpncpy(buf, L"ab", 5) == buf + 2);
  CHECK(buf[4] == 0 && buf[5] == '#');
  CHECK(wcpncpy(buf, L"abcdef", 3) == buf + 3);

  wcscpy(buf, L"foo");
  CHECK(wcscat(buf, L"bar") == buf);
  CHECK(wcscmp(buf, L"foobar") == 0);
  CHECK(wcsncat(buf, L"bazqux", 3) == buf);
  CHECK(wcscmp(buf, L"foobarbaz") == 0);
  CHECK_INT(wcslcpy(buf, L"hello", 3), 5);
  CHECK(wcscmp(buf, L"he") == 0);
  CHECK_INT(wcslcat(buf, L"llo!", 5), 6);
  CHECK(wcscmp(buf, L"hell") == 0);

  CHECK(wcscmp(L"abc", L"abd") < 0);
  CHECK(wcscmp(L"abd", L"abc") > 0);
  CHECK(wcscmp(L"ab", L"abc") < 0);
  CHECK(wcscmp(L"\u4e00", L"a") > 0);
  CHECK(wcsncmp(L"abcX", L"abcY", 3) == 0);
  CHECK(wcsncmp(L"abcX", L"abcY", 4) < 0);
  CHECK(wcsncmp(L"a", L"b", 0) == 0);
  CHECK(wcscasecmp(L"H\u00c9LLO", L"h\u00e9llo") == 0);
  CHECK(wcscasecmp(L"\u0391\u0392", L"\u03b1\u03b3") < 0);
  CHECK(wcsncasecmp(L"ABCx", L"abcY", 3) == 0);
  CHECK(wcsncasecmp(L"ABCx", L"abcY", 4) < 0);

  const wchar_t *s = L"hello world";
  CHECK(wcschr(s, L'o') == s + 4);
  CHECK(wcschr(s, L'z') == NULL);
  CHECK(wcschr(s, 0) == s + 11);
  CHECK(wcsrchr(s, L'o') == s + 7);
  CHECK(wcsrchr(s, 0) == s + 11);
  CHECK(wcsrchr(s, L'z') == NULL);
  CHECK(wcschrnul(s, L'z') == s + 11);
  CHECK_INT(wcsspn(s, L"leh"), 4);
  CHECK_INT(wcscspn(s, L"w "), 5);
  CHECK_INT(wcscspn(s, L""), 11);
  CHECK(wcspbrk(s, L"rw") == s + 6);
  CHECK(wcspbrk(s, L"xyz") == NULL);
  CHECK(wcsstr(s, L"wor") == s + 6);
  CHECK(wcsstr(s, L"") == s);
  CHECK(wcsstr(s, L"worlds") == NULL);
  CHECK(wcsstr(L"aaab", L"aab") != NULL);

  wchar_t tok[] = L"  a,b;;c  ";
  wchar_t *save = NULL;
  p = wcstok(tok, L" ,;", &save);
  CHECK(p && wcscmp(p, L"a") == 0);
  p = wcstok(NULL, L" ,;", &save);
  CHECK(p && wcscmp(p, L"b") == 0);
  p = wcstok(NULL, L" ,;", &save);
  CHECK(p && wcscmp(p, L"c") == 0);
  CHECK(wcstok(NULL, L" ,;", &save) == NULL);
  CHECK(wcstok(NULL, L" ,;", &save) == NULL);

  wchar_t *d = wcsdup(L"dup\u00e9");
  CHECK(d != NULL && wcscmp(d, L"dup\u00e9") == 0);
  free(d);

  wchar_t a[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  CHECK(wmemcpy(buf, a, 8) == buf);
  CHECK(wmemcmp(buf, a, 8) == 0);
  CHECK(wmempcpy(buf, a, 3) == buf + 3);
  CHECK(wmemmove(a + 1, a, 7) == a + 1);
  CHECK(a[0] == 1 && a[1] == 1 && a[2] == 2 && a[7] == 7);
  CHECK(wmemmove(a, a + 1, 7) == a);
  CHECK(a[0] == 1 && a[1] == 2 && a[6] == 7);
  CHECK(wmemset(buf, 0x4e00, 4) == buf);
  CHECK(buf[0] == 0x4e00 && buf[3] == 0x4e00);
  CHECK(wmemcmp(L"ab\u4e00", L"ab\u4e01", 3) < 0);
  CHECK(wmemcmp(L"abc", L"abd", 2) == 0);
  CHECK(wmemcmp(L"x", L"y", 0) == 0);
  CHECK(wmemchr(L"abc\0d", L'd', 5) != NULL);
  CHECK(wmemchr(L"abc", L'c', 2) == NULL);

  /* Collation in the C locale is code point order. */
  CHECK(wcscoll(L"abc", L"abd") < 0);
  CHECK(wcscoll(L"b", L"a") > 0);
  CHECK(wcscoll(L"same", L"same") == 0);
  CHECK_INT(wcsxfrm(buf, L"xfrm", 32), 4);
  CHECK(wcscmp(buf, L"xfrm") == 0);
  CHECK_INT(wcsxfrm(NULL, L"xfrm", 0), 4);
  return check_done();
}
