/* The relations POSIX ("LC_CTYPE" in the Locale chapter) requires between character
   classes, checked over every code point: e.g. no alpha is punct, every blank is space,
   every graph is print, and cntrl shares nothing with print. */
#include "../check.h"
#include <stdio.h>
#include <wchar.h>
#include <wctype.h>

static int bad;
static void expect(int ok, const char *what, wint_t c) {
  if (!ok && bad++ < 10) fprintf(stderr, "U+%04X breaks: %s\n", (unsigned)c, what);
}

int main(void) {
  unsigned n_alpha = 0, n_upper = 0, n_lower = 0, n_punct = 0, n_space = 0, n_print = 0;
  for (wint_t c = 0; c <= 0x10ffff; c++) {
    int alpha = iswalpha(c) != 0, upper = iswupper(c) != 0, lower = iswlower(c) != 0;
    int digit = iswdigit(c) != 0, xdigit = iswxdigit(c) != 0, alnum = iswalnum(c) != 0;
    int space = iswspace(c) != 0, blank = iswblank(c) != 0, cntrl = iswcntrl(c) != 0;
    int punct = iswpunct(c) != 0, graph = iswgraph(c) != 0, print = iswprint(c) != 0;
    expect(!upper || alpha, "upper => alpha", c);
    expect(!lower || alpha, "lower => alpha", c);
    expect(!alpha || (!cntrl && !digit && !punct && !space), "alpha excludes cntrl digit punct space", c);
    expect(!digit || (c >= '0' && c <= '9'), "digit is 0-9", c);
    expect(!xdigit || c < 0x80, "xdigit is ASCII", c);
    expect(alnum == (alpha || digit), "alnum = alpha + digit", c);
    expect(!space || (!graph && !punct), "space excludes graph punct", c);
    expect(!blank || space, "blank => space", c);
    expect(!punct || (!space && !alnum && !cntrl && graph), "punct excludes space alnum cntrl", c);
    expect(!cntrl || !print, "cntrl excludes print", c);
    expect(!graph || print, "graph => print", c);
    expect(!(print && !graph) || space, "print - graph is space", c);
    expect(!graph || alnum || punct, "graph = alnum + punct", c);
    expect((wcwidth((wchar_t)c) >= 0) == (print || c == 0), "wcwidth >= 0 exactly when printable", c);
    n_alpha += alpha; n_upper += upper; n_lower += lower; n_punct += punct;
    n_space += space; n_print += print;
  }
  CHECK_INT(bad, 0);
  /* Sanity on the sizes (Unicode 15 has well over 100000 letters, ~1900 upper and ~2400
     lower case ones, 25 White_Space characters of which pure counts 21). */
  CHECK(n_alpha > 100000);
  CHECK(n_upper > 1800 && n_upper < 2500);
  CHECK(n_lower > 2200 && n_lower < 3000);
  CHECK(n_punct > 5000);
  CHECK_INT(n_space, 21);
  CHECK(n_print > 250000);
  return check_done();
}
