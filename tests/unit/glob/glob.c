/* glob over files made in a fresh temporary directory. Expected results from POSIX glob
   and glob(3):  a.c b.c c.h .hidden.c dir1/x.c dir2/y.c                               */
#define _GNU_SOURCE
#include <fcntl.h>
#include <glob.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../check.h"

static char root[64];

static void touch(const char *p) {
  int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  close(fd);
}

static int errfunc_calls;
static int errfunc(const char *path, int err) {
  errfunc_calls++;
  return 0;
}

/* Runs glob and checks the result list against `want` (NULL-terminated). */
static void expect(const char *pattern, int flags, const char *const *want) {
  glob_t g;
  int r = glob(pattern, flags, NULL, &g);
  size_t n = 0;
  while (want[n]) n++;
  CHECK_INT(r, 0);
  if (r != 0) return;
  if (g.gl_pathc != n) fprintf(stderr, "pattern %s\n", pattern);
  CHECK_INT(g.gl_pathc, n);
  for (size_t i = 0; i < n && i < g.gl_pathc; i++) CHECK_STR(g.gl_pathv[i], want[i]);
  CHECK(g.gl_pathv[g.gl_pathc] == NULL);
  globfree(&g);
}

int main(void) {
  strcpy(root, "/tmp/pure-glob-XXXXXX");
  CHECK(mkdtemp(root) != NULL);
  CHECK_INT(chdir(root), 0);
  touch("a.c");
  touch("b.c");
  touch("c.h");
  touch(".hidden.c");
  CHECK_INT(mkdir("dir1", 0755), 0);
  CHECK_INT(mkdir("dir2", 0755), 0);
  touch("dir1/x.c");
  touch("dir2/y.c");

  expect("*.c", 0, (const char *[]){"a.c", "b.c", NULL});
  expect("*.c", GLOB_PERIOD, (const char *[]){".hidden.c", "a.c", "b.c", NULL});
  expect(".*.c", 0, (const char *[]){".hidden.c", NULL});
  expect("?.[ch]", 0, (const char *[]){"a.c", "b.c", "c.h", NULL});
  expect("[!a].c", 0, (const char *[]){"b.c", NULL});
  expect("*", GLOB_MARK, (const char *[]){"a.c", "b.c", "c.h", "dir1/", "dir2/", NULL});
  expect("*/", 0, (const char *[]){"dir1/", "dir2/", NULL});
  expect("*", GLOB_ONLYDIR, (const char *[]){"dir1", "dir2", NULL});
  expect("dir*/*.c", 0, (const char *[]){"dir1/x.c", "dir2/y.c", NULL});
  expect("*/x.c", 0, (const char *[]){"dir1/x.c", NULL});
  expect("dir1", GLOB_MARK, (const char *[]){"dir1/", NULL});
  expect("a.c", 0, (const char *[]){"a.c", NULL});
  expect("\\a.c", 0, (const char *[]){"a.c", NULL});
  expect("{c,a}.*", GLOB_BRACE, (const char *[]){"c.h", "a.c", NULL});
  expect("dir{1,2}/*", GLOB_BRACE, (const char *[]){"dir1/x.c", "dir2/y.c", NULL});
  expect("nomatch*", GLOB_NOCHECK, (const char *[]){"nomatch*", NULL});
  expect("zzz", GLOB_NOMAGIC, (const char *[]){"zzz", NULL});

  glob_t g;
  /* No match. */
  CHECK_INT(glob("nomatch*", 0, NULL, &g), GLOB_NOMATCH);
  CHECK_INT(glob("zzz", 0, NULL, &g), GLOB_NOMATCH);
  CHECK_INT(glob("\\a.c", GLOB_NOESCAPE, NULL, &g), GLOB_NOMATCH);
  errfunc_calls = 0;
  CHECK_INT(glob("nodir/*", 0, errfunc, &g), GLOB_NOMATCH);
  CHECK_INT(errfunc_calls, 0);

  /* GLOB_MAGCHAR reports wildcards in the pattern. */
  CHECK_INT(glob("*.h", 0, NULL, &g), 0);
  CHECK(g.gl_flags & GLOB_MAGCHAR);
  globfree(&g);
  CHECK_INT(glob("c.h", 0, NULL, &g), 0);
  CHECK(!(g.gl_flags & GLOB_MAGCHAR));
  globfree(&g);

  /* GLOB_DOOFFS reserves leading null slots; GLOB_APPEND adds to the earlier list. */
  g.gl_offs = 2;
  CHECK_INT(glob("*.c", GLOB_DOOFFS, NULL, &g), 0);
  CHECK_INT(g.gl_pathc, 2);
  CHECK(g.gl_pathv[0] == NULL && g.gl_pathv[1] == NULL);
  CHECK_STR(g.gl_pathv[2], "a.c");
  CHECK_INT(glob("*.h", GLOB_DOOFFS | GLOB_APPEND, NULL, &g), 0);
  CHECK_INT(g.gl_pathc, 3);
  CHECK(g.gl_pathv[0] == NULL && g.gl_pathv[1] == NULL);
  CHECK_STR(g.gl_pathv[2], "a.c");
  CHECK_STR(g.gl_pathv[3], "b.c");
  CHECK_STR(g.gl_pathv[4], "c.h");
  CHECK(g.gl_pathv[5] == NULL);
  globfree(&g);
  CHECK(g.gl_pathv == NULL);

  /* GLOB_NOSORT: the same set, in any order. */
  CHECK_INT(glob("*.c", GLOB_NOSORT, NULL, &g), 0);
  CHECK_INT(g.gl_pathc, 2);
  if (g.gl_pathc == 2) {
    CHECK((strcmp(g.gl_pathv[0], "a.c") == 0 && strcmp(g.gl_pathv[1], "b.c") == 0) ||
          (strcmp(g.gl_pathv[0], "b.c") == 0 && strcmp(g.gl_pathv[1], "a.c") == 0));
  }
  globfree(&g);

  /* GLOB_TILDE: a leading ~ is $HOME. */
  CHECK_INT(setenv("HOME", root, 1), 0);
  CHECK_INT(glob("~/dir1/*", GLOB_TILDE, NULL, &g), 0);
  char want[128];
  snprintf(want, sizeof want, "%s/dir1/x.c", root);
  CHECK_INT(g.gl_pathc, 1);
  if (g.gl_pathc == 1) CHECK_STR(g.gl_pathv[0], want);
  globfree(&g);

  /* Absolute patterns keep their leading '/'. */
  snprintf(want, sizeof want, "%s/dir2/*.c", root);
  CHECK_INT(glob(want, 0, NULL, &g), 0);
  snprintf(want, sizeof want, "%s/dir2/y.c", root);
  CHECK_INT(g.gl_pathc, 1);
  if (g.gl_pathc == 1) CHECK_STR(g.gl_pathv[0], want);
  globfree(&g);

  unlink("a.c");
  unlink("b.c");
  unlink("c.h");
  unlink(".hidden.c");
  unlink("dir1/x.c");
  unlink("dir2/y.c");
  rmdir("dir1");
  rmdir("dir2");
  CHECK_INT(chdir("/"), 0);
  rmdir(root);
  return check_done();
}
