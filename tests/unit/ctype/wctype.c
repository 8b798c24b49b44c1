/* <wctype.h>: classification and case mapping from the Unicode Character Database. The
   expected values are read off UnicodeData.txt / PropList.txt by hand. */
#include "../check.h"
#include <locale.h>
#include <wchar.h>
#include <wctype.h>

typedef int (*wclassifier)(wint_t);

int main(void) {
  /* ASCII behaves as in <ctype.h>. */
  for (wint_t c = 0; c < 0x80; c++) {
    CHECK_INT(iswalpha(c) != 0, (c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    CHECK_INT(iswdigit(c) != 0, c >= '0' && c <= '9');
    CHECK_INT(iswspace(c) != 0, c == ' ' || (c >= '\t' && c <= '\r'));
    CHECK_INT(iswprint(c) != 0, c >= 0x20 && c < 0x7f);
    CHECK_INT(iswcntrl(c) != 0, c < 0x20 || c == 0x7f);
    CHECK_INT(iswpunct(c) != 0, c > 0x20 && c < 0x7f && !iswalnum(c));
  }
  /* Letters beyond ASCII. */
  CHECK(iswalpha(0x00E9));           /* LATIN SMALL LETTER E WITH ACUTE, Ll */
  CHECK(iswlower(0x00E9) && !iswupper(0x00E9));
  CHECK(iswupper(0x0391));           /* GREEK CAPITAL LETTER ALPHA, Lu */
  CHECK(iswlower(0x03B1) && iswalpha(0x03B1));
  CHECK(iswalpha(0x4E00));           /* CJK UNIFIED IDEOGRAPH-4E00, Lo */
  CHECK(!iswupper(0x4E00) && !iswlower(0x4E00));
  CHECK(iswalpha(0x0627));           /* ARABIC LETTER ALEF */
  CHECK(iswalpha(0x10400) && iswupper(0x10400)); /* DESERET CAPITAL LETTER LONG I */
  CHECK(iswalpha(0x20000));          /* CJK Extension B */
  CHECK(!iswalpha(0x00D7));          /* MULTIPLICATION SIGN, Sm */
  CHECK(iswpunct(0x00D7));
  /* Digits: iswdigit is 0-9 only (C17 7.30.2.1.5); other decimal digits are alnum. */
  CHECK(!iswdigit(0x0660));          /* ARABIC-INDIC DIGIT ZERO */
  CHECK(iswalnum(0x0660));
  CHECK(!iswxdigit(0xFF21));         /* FULLWIDTH LATIN CAPITAL LETTER A */
  CHECK(iswxdigit('f') && iswxdigit('A') && !iswxdigit('g'));
  /* Spaces. */
  CHECK(iswspace(0x3000) && iswblank(0x3000));   /* IDEOGRAPHIC SPACE */
  CHECK(iswspace(0x2028) && !iswblank(0x2028));  /* LINE SEPARATOR */
  CHECK(iswspace(0x2003) && iswblank(0x2003));   /* EM SPACE */
  CHECK(!iswspace(0x00A0));                      /* NO-BREAK SPACE does not separate words */
  CHECK(iswprint(0x00A0));
  CHECK(!iswspace(0x200B));                      /* ZERO WIDTH SPACE is Cf */
  /* Punctuation and symbols. */
  CHECK(iswpunct(0x00BF));           /* INVERTED QUESTION MARK */
  CHECK(iswpunct(0x20AC));           /* EURO SIGN */
  CHECK(iswpunct(0x3001));           /* IDEOGRAPHIC COMMA */
  CHECK(iswgraph(0x20AC) && iswprint(0x20AC));
  CHECK(!iswgraph(0x3000) && iswprint(0x3000));
  /* Controls, surrogates, unassigned and out of range. */
  CHECK(iswcntrl(0x0085) && !iswprint(0x0085));
  CHECK(iswcntrl(0x009F));
  CHECK(!iswprint(0xD800) && !iswalpha(0xD800));
  CHECK(!iswprint(0x0378));          /* unassigned */
  CHECK(!iswprint(0xFFFF));          /* noncharacter */
  CHECK(iswprint(0xE000));           /* private use */
  CHECK(iswprint(0x10FFFD) && !iswprint(0x10FFFE));
  CHECK(!iswprint(0x110000) && !iswalpha(0x110000) && !iswspace(0x110000));
  CHECK(!iswalpha(WEOF) && !iswprint(WEOF) && !iswcntrl(WEOF));
  CHECK(iswprint(0xE0100));          /* VARIATION SELECTOR-17 */

  /* Simple case mappings (UnicodeData.txt fields 12 and 13). */
  CHECK_INT(towupper(0x00E9), 0x00C9);
  CHECK_INT(towlower(0x00C9), 0x00E9);
  CHECK_INT(towlower(0x0391), 0x03B1);
  CHECK_INT(towupper(0x03C2), 0x03A3);   /* final sigma */
  CHECK_INT(towlower(0x0130), 0x0069);   /* I WITH DOT ABOVE */
  CHECK_INT(towupper(0x0131), 0x0049);   /* DOTLESS I */
  CHECK_INT(towupper(0x00FF), 0x0178);
  CHECK_INT(towlower(0x0178), 0x00FF);
  CHECK_INT(towupper(0x00DF), 0x00DF);   /* sharp s has no simple upper case */
  CHECK_INT(towlower(0x1E9E), 0x00DF);
  CHECK_INT(towupper(0x01C5), 0x01C4);   /* titlecase DŽ family */
  CHECK_INT(towlower(0x01C5), 0x01C6);
  CHECK_INT(towupper(0x0101), 0x0100);   /* alternating Latin Extended-A */
  CHECK_INT(towupper(0x0100), 0x0100);
  CHECK_INT(towlower(0x0100), 0x0101);
  CHECK_INT(towlower(0x2160), 0x2170);   /* ROMAN NUMERAL ONE */
  CHECK_INT(towupper(0xFF41), 0xFF21);
  CHECK_INT(towupper(0x10428), 0x10400);
  CHECK_INT(towlower(0x1E900), 0x1E922); /* ADLAM */
  CHECK_INT(towupper(0x4E00), 0x4E00);
  CHECK_INT(towlower(WEOF), WEOF);
  CHECK_INT(towupper(0x110000), 0x110000);

  /* wctype / iswctype and wctrans / towctrans. */
  static const char *names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
                                "lower", "print", "punct", "space", "upper", "xdigit"};
  static volatile wclassifier fns[] = {iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph,
                                       iswlower, iswprint, iswpunct, iswspace, iswupper, iswxdigit};
  static const wint_t samples[] = {'a', 'Z', '5', ' ', '\t', '!', 0x7f, 0xE9, 0x391, 0x3000, 0x20AC, 0x660};
  for (unsigned i = 0; i < 12; i++) {
    wctype_t t = wctype(names[i]);
    CHECK(t != 0);
    for (unsigned k = 0; k < sizeof samples / sizeof samples[0]; k++)
      CHECK_INT(iswctype(samples[k], t) != 0, fns[i](samples[k]) != 0);
  }
  CHECK(wctype("Alpha") == 0);
  CHECK(wctype("") == 0);
  CHECK(!iswctype('a', 0));
  wctrans_t up = wctrans("toupper"), lo = wctrans("tolower");
  CHECK(up != 0 && lo != 0 && up != lo);
  CHECK(wctrans("totitle") == 0);
  CHECK_INT(towctrans(0x03B1, up), 0x0391);
  CHECK_INT(towctrans(0x0391, lo), 0x03B1);

  /* The _l forms. */
  locale_t u = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
  CHECK(u != 0);
  if (u) {
    CHECK(iswalpha_l(0xE9, u) && iswupper_l(0x391, u) && iswlower_l(0x3B1, u));
    CHECK(iswspace_l(0x3000, u) && iswblank_l(0x3000, u) && iswpunct_l(0x20AC, u));
    CHECK(iswprint_l(0x4E00, u) && iswgraph_l(0x4E00, u) && iswcntrl_l(0x85, u));
    CHECK(iswdigit_l('3', u) && iswxdigit_l('c', u) && iswalnum_l(0x660, u));
    CHECK_INT(towupper_l(0xE9, u), 0xC9);
    CHECK_INT(towlower_l(0x130, u), 0x69);
    CHECK(iswctype_l(0xE9, wctype_l("alpha", u), u));
    CHECK_INT(towctrans_l(0xE9, wctrans_l("toupper", u), u), 0xC9);
    freelocale(u);
  }
  return check_done();
}
