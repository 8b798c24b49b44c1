/* fnmatch: expected results from POSIX XCU 2.13 (pattern matching notation) and fnmatch(3). */
#define _GNU_SOURCE
#include <fnmatch.h>
#include "../check.h"

struct Case {
  const char *pattern, *string;
  int flags, want;
};

static const struct Case kCases[] = {
    /* Plain characters, '?' and '*'. */
    {"abc", "abc", 0, 0},
    {"abc", "abd", 0, FNM_NOMATCH},
    {"abc", "ab", 0, FNM_NOMATCH},
    {"", "", 0, 0},
    {"", "a", 0, FNM_NOMATCH},
    {"a?c", "abc", 0, 0},
    {"a?c", "ac", 0, FNM_NOMATCH},
    {"*", "", 0, 0},
    {"*", "anything", 0, 0},
    {"a*", "a", 0, 0},
    {"a*b", "axxxb", 0, 0},
    {"a*b", "axxxbc", 0, FNM_NOMATCH},
    {"*.c", "file.c", 0, 0},
    {"*.c", "file.h", 0, FNM_NOMATCH},
    {"a*b*c", "aXbYbZc", 0, 0},
    {"a*b*c", "aXbYbZ", 0, FNM_NOMATCH},
    {"**a", "xxa", 0, 0},
    /* Bracket expressions. */
    {"[abc]", "b", 0, 0},
    {"[abc]", "d", 0, FNM_NOMATCH},
    {"[a-c]x", "bx", 0, 0},
    {"[a-c]x", "dx", 0, FNM_NOMATCH},
    {"[!a-c]", "d", 0, 0},
    {"[!a-c]", "b", 0, FNM_NOMATCH},
    {"[^a-c]", "d", 0, 0},
    {"[^a-c]", "a", 0, FNM_NOMATCH},
    {"[]]", "]", 0, 0},
    {"[!]]", "]", 0, FNM_NOMATCH},
    {"[!]]", "a", 0, 0},
    {"[a-]", "-", 0, 0},
    {"[-a]", "-", 0, 0},
    {"[[:digit:]]", "7", 0, 0},
    {"[[:digit:]]", "x", 0, FNM_NOMATCH},
    {"[[:alpha:][:digit:]]", "q", 0, 0},
    {"[![:space:]]", " ", 0, FNM_NOMATCH},
    {"[[:upper:]]", "A", 0, 0},
    {"[[:upper:]]", "a", 0, FNM_NOMATCH},
    {"[[:xdigit:]]*", "fz", 0, 0},
    {"[[:punct:]]", "!", 0, 0},
    {"[", "[", 0, 0},           /* unterminated bracket: '[' is literal */
    {"[ab", "[ab", 0, 0},
    {"[ab", "a", 0, FNM_NOMATCH},
    /* Backslash escapes. */
    {"\\*", "*", 0, 0},
    {"\\*", "a", 0, FNM_NOMATCH},
    {"\\?", "?", 0, 0},
    {"\\[a]", "[a]", 0, 0},
    {"\\a", "a", 0, 0},
    {"\\*", "\\*", FNM_NOESCAPE, 0},
    {"\\*", "\\abc", FNM_NOESCAPE, 0},
    {"\\*", "*", FNM_NOESCAPE, FNM_NOMATCH},
    {"[\\]]", "]", 0, 0},
    {"[\\]]", "\\]", FNM_NOESCAPE, 0},
    {"ab\\", "ab\\", 0, FNM_NOMATCH}, /* a trailing lone backslash never matches */
    /* FNM_PATHNAME: '/' only by a literal '/'. */
    {"a*b", "a/b", 0, 0},
    {"a*b", "a/b", FNM_PATHNAME, FNM_NOMATCH},
    {"a?b", "a/b", FNM_PATHNAME, FNM_NOMATCH},
    {"a[/]b", "a/b", FNM_PATHNAME, FNM_NOMATCH},
    {"a/*", "a/b", FNM_PATHNAME, 0},
    {"*/*", "a/b", FNM_PATHNAME, 0},
    {"*/*", "a/b/c", FNM_PATHNAME, FNM_NOMATCH},
    {"*", "a/b", FNM_PATHNAME, FNM_NOMATCH},
    {"a/*/c", "a/bbb/c", FNM_PATHNAME, 0},
    {"a\\/b", "a/b", FNM_PATHNAME, 0},
    {"a\\/b", "a/b", 0, 0},
    {"*\\/*", "x/y", FNM_PATHNAME, 0},
    /* FNM_PERIOD: a leading '.' only by a literal '.'. */
    {"*", ".hidden", 0, 0},
    {"*", ".hidden", FNM_PERIOD, FNM_NOMATCH},
    {"?hidden", ".hidden", FNM_PERIOD, FNM_NOMATCH},
    {"[.]hidden", ".hidden", FNM_PERIOD, FNM_NOMATCH},
    {".*", ".hidden", FNM_PERIOD, 0},
    {"\\.*", ".hidden", FNM_PERIOD, 0},
    {"a*", "a.b", FNM_PERIOD, 0},
    {"a/*", "a/.b", FNM_PERIOD, 0},
    {"a/*", "a/.b", FNM_PERIOD | FNM_PATHNAME, FNM_NOMATCH},
    {"a/.*", "a/.b", FNM_PERIOD | FNM_PATHNAME, 0},
    /* GNU extensions. */
    {"a", "a/b/c", FNM_LEADING_DIR, 0},
    {"a/b", "a/b/c", FNM_LEADING_DIR, 0},
    {"a/b", "a/bc", FNM_LEADING_DIR, FNM_NOMATCH},
    {"a*", "ab/c", FNM_LEADING_DIR | FNM_PATHNAME, 0},
    {"a", "ab", FNM_LEADING_DIR, FNM_NOMATCH},
    {"abc", "ABC", FNM_CASEFOLD, 0},
    {"a[B-D]c", "AcC", FNM_CASEFOLD, 0},
    {"[[:upper:]]", "a", FNM_CASEFOLD, 0},
    {"abc", "ABC", 0, FNM_NOMATCH},
};

int main(void) {
  for (unsigned i = 0; i < sizeof kCases / sizeof kCases[0]; i++) {
    int got = fnmatch(kCases[i].pattern, kCases[i].string, kCases[i].flags);
    if (got != kCases[i].want)
      fprintf(stderr, "case %u: fnmatch(\"%s\", \"%s\", %#x)\n", i, kCases[i].pattern,
              kCases[i].string, kCases[i].flags);
    CHECK_INT(got, kCases[i].want);
  }
  /* Many '*' against a long non-matching string must finish quickly (no exponential search). */
  char pat[64], str[4096];
  for (int i = 0; i < 30; i++) { pat[2 * i] = '*'; pat[2 * i + 1] = 'a'; }
  pat[60] = 'b';
  pat[61] = '\0';
  memset(str, 'a', sizeof str - 1);
  str[sizeof str - 1] = '\0';
  CHECK_INT(fnmatch(pat, str, 0), FNM_NOMATCH);
  str[sizeof str - 2] = 'b';
  CHECK_INT(fnmatch(pat, str, 0), 0);
  return check_done();
}
