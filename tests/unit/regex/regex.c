/* regcomp/regexec/regerror/regfree: vectors written from POSIX XBD chapter 9 (regular
   expressions) and the regcomp() page: BRE and ERE syntax, leftmost-longest matching,
   sub-match offsets, REG_ICASE, REG_NEWLINE, REG_NOSUB, REG_NOTBOL/NOTEOL, back-references
   and the error codes for malformed patterns. */
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "../check.h"

/* Matches pat (cflags) against s and checks the whole match and group 1 (-1 = none).
   so == -2 means "no match expected". */
static void m(int line, const char *pat, int cflags, const char *s, int so, int eo, int s1,
              int e1) {
  regex_t re;
  regmatch_t pm[4];
  int rc = regcomp(&re, pat, cflags);
  if (rc != 0) {
    check_count++;
    check_failures++;
    fprintf(stderr, "line %d: regcomp(\"%s\") = %d\n", line, pat, rc);
    return;
  }
  rc = regexec(&re, s, 4, pm, 0);
  check_count++;
  if (so == -2) {
    if (rc != REG_NOMATCH) {
      check_failures++;
      fprintf(stderr, "line %d: /%s/ on \"%s\": rc %d, want REG_NOMATCH\n", line, pat, s, rc);
    }
  } else if (rc != 0 || pm[0].rm_so != so || pm[0].rm_eo != eo ||
             (s1 != -3 && (pm[1].rm_so != s1 || pm[1].rm_eo != e1))) {
    check_failures++;
    fprintf(stderr, "line %d: /%s/ on \"%s\": rc %d (%d,%d) (%d,%d), want (%d,%d) (%d,%d)\n",
            line, pat, s, rc, (int)pm[0].rm_so, (int)pm[0].rm_eo, (int)pm[1].rm_so,
            (int)pm[1].rm_eo, so, eo, s1, e1);
  }
  regfree(&re);
}
#define M(pat, fl, s, so, eo) m(__LINE__, pat, fl, s, so, eo, -3, -3)
#define M1(pat, fl, s, so, eo, s1, e1) m(__LINE__, pat, fl, s, so, eo, s1, e1)
#define NO(pat, fl, s) m(__LINE__, pat, fl, s, -2, -2, -3, -3)
#define E REG_EXTENDED

static int comp_err(const char *pat, int cflags) {
  regex_t re;
  int rc = regcomp(&re, pat, cflags);
  if (rc == 0) regfree(&re);
  return rc;
}

int main(void) {
  /* BRE basics */
  M("abc", 0, "xxabcxx", 2, 5);
  NO("abd", 0, "abcabc");
  M("a.c", 0, "abc", 0, 3);
  M("a*", 0, "aaab", 0, 3);
  M("a*", 0, "baaa", 0, 0); /* leftmost wins over longest */
  M("ba*", 0, "xbaaa", 1, 5);
  M("*a", 0, "x*a", 1, 3);         /* leading '*' is literal in a BRE */
  M("\\(*a\\)", 0, "*a", 0, 2);    /* and after \( */
  M("^*a", 0, "*a", 0, 2);         /* and after an anchoring ^ */
  M("a+?", 0, "a+?", 0, 3);        /* + and ? are ordinary in a BRE */
  M("a{2}", 0, "a{2}", 0, 4);      /* so are braces */
  M("a\\{2\\}", 0, "aaaa", 0, 2);
  M("a\\{2,\\}", 0, "baaaa", 1, 5);
  M("a\\{1,3\\}", 0, "aaaa", 0, 3);
  M("xa\\{0,2\\}y", 0, "xy", 0, 2);
  NO("xa\\{1,2\\}y", 0, "xaaay");
  M("^abc$", 0, "abc", 0, 3);
  NO("^abc$", 0, "abcd");
  M("a^b", 0, "a^b", 0, 3);        /* '^' not first is literal in a BRE */
  M("a$b", 0, "a$b", 0, 3);        /* '$' not last is literal in a BRE */
  M("$", 0, "abc", 3, 3);
  M("^", 0, "abc", 0, 0);
  M1("\\(a*\\)b", 0, "xaab", 1, 4, 1, 3);
  M1("\\(a\\)*", 0, "aaa", 0, 3, 2, 3); /* the last iteration is reported */
  M1("\\(x\\)*y", 0, "y", 0, 1, -1, -1); /* a group that did not take part */
  M1("\\(a*\\)*", 0, "b", 0, 0, -3, -3);
  M("\\.", 0, "a.b", 1, 2);
  M("\\[", 0, "a[b", 1, 2);

  /* back-references */
  M1("\\(a*\\)\\1", 0, "aaaa", 0, 4, 0, 2);
  M1("\\(.\\)\\1", 0, "abccd", 2, 4, 2, 3);
  NO("\\(.\\)\\1", 0, "abcd");
  M1("^\\(.*\\)\\1$", 0, "abcabc", 0, 6, 0, 3);
  M1("\\([a-c]*\\)x\\1", 0, "abxab", 0, 5, 0, 2);
  M1("(b+)\\1", E, "abbbbc", 1, 5, 1, 3);
  M1("\\(a\\)\\1", REG_ICASE, "aA", 0, 2, 0, 1);

  /* ERE */
  M("a+", E, "baaac", 1, 4);
  M("ab?c", E, "ac", 0, 2);
  M("ab?c", E, "abc", 0, 3);
  NO("ab?c", E, "abbc");
  M("a{3}", E, "aaaaa", 0, 3);
  M("a{2,3}", E, "aaaaa", 0, 3);
  M("a{,3}", E, "a{,3}", 0, 5);  /* '{' not followed by a digit is ordinary */
  M("(ab)+", E, "xababab", 1, 7);
  M1("(a|ab)(c|bcd)", E, "abcd", 0, 4, -3, -3); /* longest overall */
  M("abc|abcd", E, "abcd", 0, 4);
  M("x(abc|abcd)", E, "xabcd", 0, 5);
  M("cat|dog", E, "hotdog", 3, 6);
  M("abcd|b", E, "abcd", 0, 4);  /* an earlier start that matches later still wins */
  M("abc|b", E, "abd", 1, 2);
  M("a*b|bcd", E, "aabcd", 0, 3);
  M("(a|b)*bcd", E, "ababcd", 0, 6);
  M1("(.*)-(.*)", E, "a-b-c", 0, 5, 0, 3); /* the first group takes the longest part */
  M("a|b|c", E, "xxc", 2, 3);
  M1("(a*)+", E, "aa", 0, 2, -3, -3);
  M1("(a|b)*c", E, "abac", 0, 4, 2, 3);
  M("a()b", E, "ab", 0, 2);
  M("^a|b$", E, "cb", 1, 2);
  NO("a^b", E, "a^b"); /* in an ERE ^ is always an anchor */
  M("(^a)", E, "ab", 0, 1);
  M("a\\|b", E, "a|b", 0, 3);
  M("a\\+", E, "a+", 0, 2);
  M("[[:digit:]]+", E, "ab123c", 2, 5);
  M("[[:alpha:][:digit:]]+", E, "  ab12 ", 2, 6);
  M("[^[:space:]]+", E, "  word  ", 2, 6);
  M("[]a]+", E, "x]a]", 1, 4);
  M("[^]a]", E, "]ab", 2, 3);
  M("[a-]+", E, "x-a-", 1, 4);
  M("[a-c-]+", E, "d-ab", 1, 4);
  M("[[.-.]a]+", E, "x-a", 1, 3);
  M("[[=a=]]", E, "ba", 1, 2);
  M("[[.a.]-c]+", E, "xabcd", 1, 4);
  M("[*+?]+", E, "a*+?", 1, 4);
  M("[\\n]+", E, "a\\n", 1, 3);   /* backslash is ordinary inside brackets */

  /* REG_ICASE */
  M("abc", REG_ICASE, "xAbC", 1, 4);
  M("[a-c]+", REG_ICASE | E, "xABCd", 1, 4);
  M("[^a]", REG_ICASE, "Ab", 1, 2);
  NO("ABC", 0, "abc");

  /* REG_NEWLINE */
  M("^b", REG_NEWLINE, "a\nb", 2, 3);
  NO("^b", 0, "a\nb");
  M("a$", REG_NEWLINE, "a\nb", 0, 1);
  NO("a$", 0, "a\nb");
  NO("a.b", REG_NEWLINE, "a\nb");
  M("a.b", 0, "a\nb", 0, 3);
  NO("a[^x]b", REG_NEWLINE, "a\nb");
  M("a[^x]b", 0, "a\nb", 0, 3);
  M("a\nb", REG_NEWLINE, "a\nb", 0, 3);   /* a literal newline still matches */

  /* eflags */
  {
    regex_t re;
    regmatch_t pm[2];
    CHECK_INT(regcomp(&re, "^a", 0), 0);
    CHECK_INT(regexec(&re, "ab", 0, NULL, REG_NOTBOL), REG_NOMATCH);
    CHECK_INT(regexec(&re, "ab", 0, NULL, 0), 0);
    regfree(&re);
    CHECK_INT(regcomp(&re, "^a", REG_NEWLINE), 0);
    CHECK_INT(regexec(&re, "x\nab", 2, pm, REG_NOTBOL), 0);
    CHECK_INT(pm[0].rm_so, 2);
    regfree(&re);
    CHECK_INT(regcomp(&re, "b$", 0), 0);
    CHECK_INT(regexec(&re, "ab", 0, NULL, REG_NOTEOL), REG_NOMATCH);
    CHECK_INT(regexec(&re, "ab", 0, NULL, 0), 0);
    regfree(&re);
    /* REG_STARTEND: the range comes from pmatch[0], offsets stay relative to string */
    CHECK_INT(regcomp(&re, "b+", REG_EXTENDED), 0);
    pm[0].rm_so = 3;
    pm[0].rm_eo = 6;
    CHECK_INT(regexec(&re, "bbabbbbb", 1, pm, REG_STARTEND), 0);
    CHECK_INT(pm[0].rm_so, 3);
    CHECK_INT(pm[0].rm_eo, 6);
    regfree(&re);
  }

  /* REG_NOSUB and re_nsub */
  {
    regex_t re;
    regmatch_t pm[1] = {{77, 88}};
    CHECK_INT(regcomp(&re, "(a)(b(c))", REG_EXTENDED | REG_NOSUB), 0);
    CHECK_INT(re.re_nsub, 3);
    CHECK_INT(regexec(&re, "xabc", 1, pm, 0), 0);
    CHECK_INT(pm[0].rm_so, 77); /* untouched */
    CHECK_INT(regexec(&re, "xab", 1, pm, 0), REG_NOMATCH);
    regfree(&re);
    CHECK_INT(regcomp(&re, "\\(a\\)\\(b\\)", 0), 0);
    CHECK_INT(re.re_nsub, 2);
    regfree(&re);
  }
  /* unused pmatch entries are -1 */
  {
    regex_t re;
    regmatch_t pm[4];
    CHECK_INT(regcomp(&re, "(a)|(b)", REG_EXTENDED), 0);
    CHECK_INT(regexec(&re, "b", 4, pm, 0), 0);
    CHECK_INT(pm[1].rm_so, -1);
    CHECK_INT(pm[2].rm_so, 0);
    CHECK_INT(pm[2].rm_eo, 1);
    CHECK_INT(pm[3].rm_so, -1);
    CHECK_INT(pm[3].rm_eo, -1);
    regfree(&re);
  }

  /* errors */
  CHECK_INT(comp_err("a\\", 0), REG_EESCAPE);
  CHECK_INT(comp_err("[abc", 0), REG_EBRACK);
  CHECK_INT(comp_err("[]", 0), REG_EBRACK);
  CHECK_INT(comp_err("[[:foo:]]", 0), REG_ECTYPE);
  CHECK_INT(comp_err("[[.xy.]]", 0), REG_ECOLLATE);
  CHECK_INT(comp_err("[z-a]", 0), REG_ERANGE);
  CHECK_INT(comp_err("\\(a", 0), REG_EPAREN);
  CHECK_INT(comp_err("a\\)", 0), REG_EPAREN);
  CHECK_INT(comp_err("(a", E), REG_EPAREN);
  CHECK_INT(comp_err("a)", E), REG_EPAREN);
  CHECK_INT(comp_err("a\\{1", 0), REG_EBRACE);
  CHECK_INT(comp_err("a{1,2", E), REG_EBRACE);
  CHECK_INT(comp_err("a{2,1}", E), REG_BADBR);
  CHECK_INT(comp_err("a\\{1,x\\}", 0), REG_BADBR);
  CHECK_INT(comp_err("a{256}", E), REG_BADBR); /* more than RE_DUP_MAX */
  CHECK_INT(comp_err("\\(a\\)\\2", 0), REG_ESUBREG);
  CHECK_INT(comp_err("\\(a\\1\\)", 0), REG_ESUBREG); /* group not closed yet */
  CHECK_INT(comp_err("*a", E), REG_BADRPT);
  CHECK_INT(comp_err("a|+b", E), REG_BADRPT);
  CHECK_INT(comp_err("(*a)", E), REG_BADRPT);
  CHECK_INT(comp_err("a**", E), 0);

  /* regerror: the needed size, truncation, NUL termination */
  {
    char buf[8];
    size_t n = regerror(REG_NOMATCH, NULL, NULL, 0);
    CHECK(n > 1);
    CHECK_INT(regerror(REG_NOMATCH, NULL, buf, sizeof buf), n);
    CHECK_INT(strlen(buf), 7);
    char big[128];
    CHECK_INT(regerror(REG_EBRACK, NULL, big, sizeof big), strlen(big) + 1);
    CHECK(regerror(12345, NULL, big, sizeof big) > 1);
  }

  /* pathological patterns finish (a match, no match or REG_ESPACE, never a hang) */
  {
    static char s[20001];
    memset(s, 'a', 20000);
    regex_t re;
    regmatch_t pm[2];
    CHECK_INT(regcomp(&re, "(a*)*b", REG_EXTENDED), 0);
    CHECK_INT(regexec(&re, s, 2, pm, 0), REG_NOMATCH);
    regfree(&re);
    CHECK_INT(regcomp(&re, "(a|aa)*$", REG_EXTENDED), 0);
    CHECK_INT(regexec(&re, s, 2, pm, 0), 0);
    CHECK_INT(pm[0].rm_eo, 20000);
    regfree(&re);
    CHECK_INT(regcomp(&re, "\\(a*\\)*\\1b", 0), 0);
    int rc = regexec(&re, s, 2, pm, 0);
    CHECK(rc == REG_NOMATCH || rc == REG_ESPACE);
    regfree(&re);
    CHECK_INT(regcomp(&re, "(((a{1,100}){1,100}){1,100}){1,100}", REG_EXTENDED), REG_ESPACE);
  }
  return check_done();
}
