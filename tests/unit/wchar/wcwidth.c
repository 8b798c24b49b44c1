/* wcwidth / wcswidth: columns per the Unicode East Asian Width and general categories. */
#define _XOPEN_SOURCE 700
#include "../check.h"
#include <wchar.h>

int main(void) {
  CHECK_INT(wcwidth(0), 0);
  CHECK_INT(wcwidth(L'a'), 1);
  CHECK_INT(wcwidth(L' '), 1);
  CHECK_INT(wcwidth(0x07), -1);      /* BEL */
  CHECK_INT(wcwidth(0x7f), -1);
  CHECK_INT(wcwidth(0x85), -1);
  CHECK_INT(wcwidth(0xe9), 1);
  CHECK_INT(wcwidth(0x0301), 0);     /* COMBINING ACUTE ACCENT, Mn */
  CHECK_INT(wcwidth(0x20dd), 0);     /* COMBINING ENCLOSING CIRCLE, Me */
  CHECK_INT(wcwidth(0x200b), 0);     /* ZERO WIDTH SPACE, Cf */
  CHECK_INT(wcwidth(0x00ad), 1);     /* SOFT HYPHEN */
  CHECK_INT(wcwidth(0x1160), 0);     /* HANGUL JUNGSEONG FILLER */
  CHECK_INT(wcwidth(0xac00), 2);     /* HANGUL SYLLABLE GA */
  CHECK_INT(wcwidth(0x4e00), 2);     /* CJK ideograph, W */
  CHECK_INT(wcwidth(0x3000), 2);     /* IDEOGRAPHIC SPACE, F */
  CHECK_INT(wcwidth(0xff21), 2);     /* FULLWIDTH A, F */
  CHECK_INT(wcwidth(0xff61), 1);     /* HALFWIDTH IDEOGRAPHIC FULL STOP, H */
  CHECK_INT(wcwidth(0x1f600), 2);    /* GRINNING FACE, W */
  CHECK_INT(wcwidth(0x20000), 2);    /* CJK Extension B */
  CHECK_INT(wcwidth(0xe0100), 0);    /* VARIATION SELECTOR-17 */
  CHECK_INT(wcwidth(0xd800), -1);
  CHECK_INT(wcwidth(0x0378), -1);    /* unassigned */
  CHECK_INT(wcwidth((wchar_t)0x110000), -1);
  CHECK_INT(wcwidth((wchar_t)-1), -1);

  CHECK_INT(wcswidth(L"abc", 3), 3);
  CHECK_INT(wcswidth(L"a\u4e00\u0301", 3), 3);
  CHECK_INT(wcswidth(L"a\u4e00b", 2), 3);   /* only the first n characters */
  CHECK_INT(wcswidth(L"ab\0cd", 5), 2);     /* stops at the null */
  CHECK_INT(wcswidth(L"a\x07", 2), -1);
  CHECK_INT(wcswidth(L"", 4), 0);
  return check_done();
}
