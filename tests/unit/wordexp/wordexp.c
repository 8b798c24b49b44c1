/* wordexp: expected words follow the shell's rules in POSIX XCU 2.6 (tilde, parameter
   expansion, field splitting, pathname expansion, quote removal) and wordexp(3)'s errors. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <wordexp.h>
#include "../check.h"

/* Expands `s` and checks the words against `want` (NULL-terminated). */
static void expect(const char *s, int flags, const char *const *want) {
  wordexp_t we;
  int r = wordexp(s, &we, flags);
  if (r != 0) fprintf(stderr, "wordexp(\"%s\") = %d\n", s, r);
  CHECK_INT(r, 0);
  if (r != 0) return;
  size_t n = 0;
  while (want[n]) n++;
  if (we.we_wordc != n) fprintf(stderr, "wordexp(\"%s\")\n", s);
  CHECK_INT(we.we_wordc, n);
  for (size_t i = 0; i < n && i < we.we_wordc; i++) CHECK_STR(we.we_wordv[i], want[i]);
  CHECK(we.we_wordv[we.we_wordc] == NULL);
  wordfree(&we);
}

static int fails(const char *s, int flags) {
  wordexp_t we;
  int r = wordexp(s, &we, flags);
  if (r == 0) wordfree(&we);
  return r;
}

int main(void) {
  unsetenv("IFS");
  /* Words and quoting. */
  expect("a b  c", 0, (const char *[]){"a", "b", "c", NULL});
  expect("  lead trail  ", 0, (const char *[]){"lead", "trail", NULL});
  expect("'a b' c", 0, (const char *[]){"a b", "c", NULL});
  expect("\"a b\"", 0, (const char *[]){"a b", NULL});
  expect("a\\ b", 0, (const char *[]){"a b", NULL});
  expect("''", 0, (const char *[]){"", NULL});
  expect("x'y'\"z\"", 0, (const char *[]){"xyz", NULL});
  expect("\"a\\\"b\\$c\\d\"", 0, (const char *[]){"a\"b$c\\d", NULL});
  expect("'a\\b'", 0, (const char *[]){"a\\b", NULL});
  expect("", 0, (const char *[]){NULL});
  expect("'a|b' \"c;d\" e\\&f", 0, (const char *[]){"a|b", "c;d", "e&f", NULL});

  /* Parameter expansion and field splitting. */
  setenv("FOO", "x  y", 1);
  unsetenv("PURE_UNSET_VAR");
  expect("$FOO", 0, (const char *[]){"x", "y", NULL});
  expect("\"$FOO\"", 0, (const char *[]){"x  y", NULL});
  expect("${FOO}z", 0, (const char *[]){"x", "yz", NULL});
  expect("pre$FOO", 0, (const char *[]){"prex", "y", NULL});
  expect("$PURE_UNSET_VAR", 0, (const char *[]){NULL});
  expect("\"$PURE_UNSET_VAR\"", 0, (const char *[]){"", NULL});
  expect("a$PURE_UNSET_VAR", 0, (const char *[]){"a", NULL});
  expect("$", 0, (const char *[]){"$", NULL});
  expect("'$FOO'", 0, (const char *[]){"$FOO", NULL});
  char pid[32];
  snprintf(pid, sizeof pid, "%d", (int)getpid());
  expect("$$", 0, (const char *[]){pid, NULL});
  setenv("IFS", ":", 1);
  setenv("FOO", "a:b::c", 1);
  expect("$FOO", 0, (const char *[]){"a", "b", "", "c", NULL});
  setenv("FOO", ":a:", 1);
  expect("$FOO", 0, (const char *[]){"", "a", NULL});
  setenv("IFS", " :", 1);
  setenv("FOO", "a : b", 1);
  expect("$FOO", 0, (const char *[]){"a", "b", NULL});
  setenv("IFS", "", 1);
  setenv("FOO", "a b", 1);
  expect("$FOO", 0, (const char *[]){"a b", NULL});
  unsetenv("IFS");

  /* Tilde expansion. */
  setenv("HOME", "/home/pure", 1);
  expect("~", 0, (const char *[]){"/home/pure", NULL});
  expect("~/x y", 0, (const char *[]){"/home/pure/x", "y", NULL});
  expect("a~", 0, (const char *[]){"a~", NULL});
  expect("'~'", 0, (const char *[]){"~", NULL});

  /* Errors. */
  const char *bad[] = {"a|b", "a;b", "a&b", "a<b", "a>b", "(a)", "a)", "{a", "a}", "a\nb"};
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) CHECK_INT(fails(bad[i], 0), WRDE_BADCHAR);
  CHECK_INT(fails("$(ls)", 0), WRDE_CMDSUB);
  CHECK_INT(fails("`ls`", 0), WRDE_CMDSUB);
  CHECK_INT(fails("\"$(ls)\"", 0), WRDE_CMDSUB);
  CHECK_INT(fails("\"`ls`\"", 0), WRDE_CMDSUB);
  CHECK_INT(fails("$((1+2))", 0), WRDE_CMDSUB);
  CHECK_INT(fails("$(ls)", WRDE_NOCMD), WRDE_CMDSUB);
  CHECK_INT(fails("'abc", 0), WRDE_SYNTAX);
  CHECK_INT(fails("\"abc", 0), WRDE_SYNTAX);
  CHECK_INT(fails("abc\\", 0), WRDE_SYNTAX);
  CHECK_INT(fails("$PURE_UNSET_VAR", WRDE_UNDEF), WRDE_BADVAL);
  CHECK_INT(fails("\"${PURE_UNSET_VAR}\"", WRDE_UNDEF), WRDE_BADVAL);
  CHECK_INT(fails("$FOO", WRDE_UNDEF), 0);

  /* Pathname expansion of unquoted wildcards. */
  char dir[] = "/tmp/pure-wordexp-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  CHECK_INT(chdir(dir), 0);
  close(open("a.c", O_WRONLY | O_CREAT, 0644));
  close(open("b.c", O_WRONLY | O_CREAT, 0644));
  expect("*.c", 0, (const char *[]){"a.c", "b.c", NULL});
  expect("x *.c", 0, (const char *[]){"x", "a.c", "b.c", NULL});
  expect("'*.c'", 0, (const char *[]){"*.c", NULL});
  expect("\\*.c", 0, (const char *[]){"*.c", NULL});
  expect("*.zz", 0, (const char *[]){"*.zz", NULL});
  setenv("FOO", "?.c", 1);
  expect("$FOO", 0, (const char *[]){"a.c", "b.c", NULL});
  expect("\"$FOO\"", 0, (const char *[]){"?.c", NULL});
  unlink("a.c");
  unlink("b.c");
  CHECK_INT(chdir("/"), 0);
  rmdir(dir);

  /* WRDE_DOOFFS, WRDE_APPEND, WRDE_REUSE. */
  wordexp_t we;
  we.we_offs = 2;
  CHECK_INT(wordexp("a", &we, WRDE_DOOFFS), 0);
  CHECK_INT(we.we_wordc, 1);
  CHECK(we.we_wordv[0] == NULL && we.we_wordv[1] == NULL);
  CHECK_STR(we.we_wordv[2], "a");
  CHECK_INT(wordexp("b c", &we, WRDE_DOOFFS | WRDE_APPEND), 0);
  CHECK_INT(we.we_wordc, 3);
  CHECK_STR(we.we_wordv[2], "a");
  CHECK_STR(we.we_wordv[3], "b");
  CHECK_STR(we.we_wordv[4], "c");
  CHECK(we.we_wordv[5] == NULL);
  CHECK_INT(wordexp("d", &we, WRDE_REUSE), 0);
  CHECK_INT(we.we_wordc, 1);
  CHECK_STR(we.we_wordv[0], "d");
  wordfree(&we);
  CHECK(we.we_wordv == NULL);
  return check_done();
}
