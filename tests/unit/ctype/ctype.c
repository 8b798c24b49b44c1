/* <ctype.h> in the C locale: every byte against the classes C17 7.4.1 and POSIX's
   "LC_CTYPE Category in the POSIX Locale" define, written out as ASCII ranges. */
#include "../check.h"
#include <ctype.h>
#include <locale.h>
#include <stdio.h>

typedef int (*classifier)(int);

static int in(int c, int lo, int hi) { return c >= lo && c <= hi; }

static void check_byte(int c) {
  int upper = in(c, 'A', 'Z');
  int lower = in(c, 'a', 'z');
  int digit = in(c, '0', '9');
  int alpha = upper || lower;
  int xdigit = digit || in(c, 'a', 'f') || in(c, 'A', 'F');
  int space = c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
  int blank = c == ' ' || c == '\t';
  int cntrl = in(c, 0, 0x1f) || c == 0x7f;
  int print = in(c, 0x20, 0x7e);
  int graph = in(c, 0x21, 0x7e);
  int punct = graph && !alpha && !digit;
  /* Volatile pointers keep the compiler from folding the calls. */
  static volatile classifier fns[] = {isalpha, isupper, islower, isdigit, isxdigit, isalnum,
                                      isspace, isblank, iscntrl, isprint, isgraph, ispunct};
  int want[] = {alpha, upper, lower, digit, xdigit, alpha || digit, space, blank, cntrl, print, graph, punct};
  for (unsigned i = 0; i < sizeof want / sizeof want[0]; i++) {
    int got = fns[i](c) != 0;
    if (got != want[i]) {
      check_failures++;
      fprintf(stderr, "class %u of byte %d: got %d want %d\n", i, c, got, want[i]);
    }
    check_count++;
  }
  /* The direct calls (<ctype.h> may implement some as macros). */
  CHECK_INT(isalpha(c) != 0, alpha);
  CHECK_INT(isdigit(c) != 0, digit);
  CHECK_INT(islower(c) != 0, lower);
  CHECK_INT(isupper(c) != 0, upper);
  CHECK_INT(isprint(c) != 0, print);
  CHECK_INT(isgraph(c) != 0, graph);
  CHECK_INT(isspace(c) != 0, space);
  CHECK_INT(ispunct(c) != 0, punct);
  CHECK_INT(tolower(c), upper ? c + 32 : c);
  CHECK_INT(toupper(c), lower ? c - 32 : c);
  CHECK_INT(isascii(c) != 0, c < 0x80);
}

int main(void) {
  for (int c = 0; c < 256; c++) check_byte(c);
  /* EOF is in no class and maps to itself. */
  CHECK(!isalpha(EOF));
  CHECK(!isspace(EOF));
  CHECK(!isprint(EOF));
  CHECK(!isdigit(EOF) && !isupper(EOF) && !islower(EOF) && !isgraph(EOF));
  /* A negative plain char (a byte >= 0x80 where char is signed) is in no class either. */
  {
    signed char sc = (signed char)0xe9;
    CHECK(!isalpha(sc) && !islower(sc) && !isprint(sc) && !isgraph(sc));
  }
  CHECK_INT(tolower(EOF), EOF);
  CHECK_INT(toupper(EOF), EOF);
  CHECK_INT(toascii(0xe9), 0x69);
  CHECK_INT(toascii('A' | 0x100), 'A');

  /* The _l forms answer the same in every locale pure supports. */
  locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
  locale_t u = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
  CHECK(c != 0 && u != 0);
  if (c && u) {
    for (int ch = 0; ch < 256; ch++) {
      CHECK_INT(isalpha_l(ch, c) != 0, isalpha(ch) != 0);
      CHECK_INT(isalpha_l(ch, u) != 0, isalpha(ch) != 0);
      CHECK_INT(ispunct_l(ch, u) != 0, ispunct(ch) != 0);
      CHECK_INT(isspace_l(ch, u) != 0, isspace(ch) != 0);
    }
    CHECK(isxdigit_l('F', u) && !isxdigit_l('g', u));
    CHECK(isdigit_l('7', c) && isupper_l('Q', c) && islower_l('q', c) && isblank_l('\t', c));
    CHECK(iscntrl_l(0x7f, c) && isprint_l(' ', c) && !isgraph_l(' ', c) && isalnum_l('z', c));
    CHECK_INT(toupper_l('a', u), 'A');
    CHECK_INT(tolower_l('Z', c), 'z');
    /* A UTF-8 locale has no single-byte letters above ASCII. */
    CHECK(!isalpha_l(0xe9, u));
    CHECK_INT(toupper_l(0xe9, u), 0xe9);
    freelocale(c);
    freelocale(u);
  }
  /* After setlocale to UTF-8 the plain functions still classify bytes as in C. */
  CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
  CHECK(!isalpha(0xc3));
  CHECK(isalpha('x'));
  return check_done();
}
