/* fts over a tree made in the test's directory, per fts(3):
     T/ a/ b/ f2, a/f1, c (3 bytes), dang -> missing, l -> a
   Entries are compared by name, so the order is fixed: preorder FTS_D, then the
   contents, then FTS_DP. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <fts.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../check.h"

static int by_name(const FTSENT **a, const FTSENT **b) { return strcmp((*a)->fts_name, (*b)->fts_name); }

static void make_file(const char *path, const char *text) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  CHECK_INT(write(fd, text, strlen(text)), (int)strlen(text));
  close(fd);
}

/* Walks T with `options` and renders "info:path:level" for each entry, one per line. */
static void walk(int options, char *out, size_t cap) {
  char *roots[] = {"T", NULL};
  FTS *fts = fts_open(roots, options, by_name);
  CHECK(fts != NULL);
  size_t n = 0;
  out[0] = '\0';
  FTSENT *e;
  while ((e = fts_read(fts)) != NULL)
    n += snprintf(out + n, cap - n, "%d:%s:%d\n", e->fts_info, e->fts_path, e->fts_level);
  CHECK_INT(errno, 0);
  CHECK_INT(fts_close(fts), 0);
}

int main(void) {
  CHECK_INT(mkdir("T", 0755), 0);
  CHECK_INT(mkdir("T/a", 0755), 0);
  CHECK_INT(mkdir("T/a/b", 0755), 0);
  make_file("T/a/b/f2", "");
  make_file("T/a/f1", "");
  make_file("T/c", "abc");
  CHECK_INT(symlink("missing", "T/dang"), 0);
  CHECK_INT(symlink("a", "T/l"), 0);
  char got[2048];

  walk(FTS_PHYSICAL, got, sizeof got);
  CHECK_STR(got, "1:T:0\n"       /* FTS_D */
                 "1:T/a:1\n"
                 "1:T/a/b:2\n"
                 "8:T/a/b/f2:3\n" /* FTS_F */
                 "6:T/a/b:2\n"    /* FTS_DP */
                 "8:T/a/f1:2\n"
                 "6:T/a:1\n"
                 "8:T/c:1\n"
                 "12:T/dang:1\n" /* FTS_SL */
                 "12:T/l:1\n"
                 "6:T:0\n");

  /* FTS_LOGICAL follows l into a's contents; dang points nowhere: FTS_SLNONE. */
  walk(FTS_LOGICAL, got, sizeof got);
  CHECK_STR(got, "1:T:0\n1:T/a:1\n1:T/a/b:2\n8:T/a/b/f2:3\n6:T/a/b:2\n8:T/a/f1:2\n6:T/a:1\n"
                 "8:T/c:1\n13:T/dang:1\n"
                 "1:T/l:1\n1:T/l/b:2\n8:T/l/b/f2:3\n6:T/l/b:2\n8:T/l/f1:2\n6:T/l:1\n6:T:0\n");

  /* FTS_NOSTAT: files the directory entry already types are not stat'ed (FTS_NSOK). */
  walk(FTS_PHYSICAL | FTS_NOSTAT, got, sizeof got);
  CHECK(strstr(got, "11:T/c:1\n") != NULL || strstr(got, "8:T/c:1\n") != NULL);
  CHECK(strstr(got, "1:T/a/b:2\n") != NULL);

  /* FTS_SEEDOT adds "." and ".." as FTS_DOT (5). */
  walk(FTS_PHYSICAL | FTS_SEEDOT, got, sizeof got);
  CHECK(strstr(got, "5:T/.:1\n5:T/..:1\n1:T/a:1\n5:T/a/.:2\n") != NULL);

  /* Details of entries, fts_set and fts_children, in one physical walk. */
  char *roots[] = {"T", "T/none", NULL};
  FTS *fts = fts_open(roots, FTS_PHYSICAL | FTS_NOCHDIR, by_name);
  CHECK(fts != NULL);
  /* Before the first read, fts_children lists the roots. */
  FTSENT *kids = fts_children(fts, 0);
  CHECK(kids != NULL && strcmp(kids->fts_name, "T") == 0);
  CHECK(kids->fts_link != NULL && strcmp(kids->fts_link->fts_name, "T/none") == 0);

  FTSENT *e = fts_read(fts);
  CHECK(e != NULL && e->fts_info == FTS_D && e->fts_level == FTS_ROOTLEVEL);
  CHECK(e->fts_parent != NULL && e->fts_parent->fts_level == FTS_ROOTPARENTLEVEL);
  /* The children of T, names only, in compar order. */
  kids = fts_children(fts, FTS_NAMEONLY);
  CHECK(kids != NULL);
  char names[64] = "";
  for (FTSENT *k = kids; k; k = k->fts_link) {
    strcat(names, k->fts_name);
    strcat(names, ",");
  }
  CHECK_STR(names, "a,c,dang,l,");
  /* Then full entries: fts_read goes on with them. */
  kids = fts_children(fts, 0);
  CHECK(kids != NULL && kids->fts_info == FTS_D);
  CHECK_INT(fts_children(fts, 0x4000) == NULL, 1);
  CHECK_INT(errno, EINVAL);

  e = fts_read(fts);
  CHECK(e != NULL && strcmp(e->fts_path, "T/a") == 0);
  CHECK_STR(e->fts_name, "a");
  CHECK_INT(e->fts_namelen, 1);
  CHECK_INT(e->fts_pathlen, 3);
  CHECK_STR(e->fts_accpath, "T/a");
  CHECK(e->fts_statp != NULL && S_ISDIR(e->fts_statp->st_mode));
  CHECK_INT(fts_set(fts, e, FTS_SKIP), 0); /* do not descend into a */
  CHECK_INT(fts_set(fts, e, 99), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(fts_set(fts, e, FTS_SKIP), 0);
  e = fts_read(fts);
  CHECK(e != NULL && e->fts_info == FTS_DP && strcmp(e->fts_path, "T/a") == 0);
  e = fts_read(fts);
  CHECK(e != NULL && e->fts_info == FTS_F && strcmp(e->fts_path, "T/c") == 0);
  CHECK_INT(e->fts_statp->st_size, 3);
  CHECK(fts_children(fts, 0) == NULL); /* not a directory */
  CHECK_INT(errno, 0);
  /* FTS_AGAIN returns the same entry once more. */
  CHECK_INT(fts_set(fts, e, FTS_AGAIN), 0);
  e = fts_read(fts);
  CHECK(e != NULL && strcmp(e->fts_path, "T/c") == 0);
  e = fts_read(fts);
  CHECK(e != NULL && e->fts_info == FTS_SL && strcmp(e->fts_path, "T/dang") == 0);
  e = fts_read(fts);
  CHECK(e != NULL && e->fts_info == FTS_SL && strcmp(e->fts_path, "T/l") == 0);
  /* FTS_FOLLOW: the link comes back as the directory it names, then its contents. */
  CHECK_INT(fts_set(fts, e, FTS_FOLLOW), 0);
  e = fts_read(fts);
  CHECK(e != NULL && e->fts_info == FTS_D && strcmp(e->fts_path, "T/l") == 0);
  e = fts_read(fts);
  CHECK(e != NULL && strcmp(e->fts_path, "T/l/b") == 0 && e->fts_level == 2);
  CHECK(e->fts_parent != NULL && strcmp(e->fts_parent->fts_path, "T/l") == 0);
  /* Leave mid-way: fts_close frees what is left. */
  CHECK_INT(fts_close(fts), 0);

  /* A missing root is FTS_NS with its errno; a directory we may not read is FTS_DNR
     (unless privileges override the mode). */
  char *missing[] = {"T/none", NULL};
  fts = fts_open(missing, FTS_PHYSICAL, NULL);
  e = fts_read(fts);
  CHECK(e != NULL && e->fts_info == FTS_NS);
  CHECK_INT(e->fts_errno, ENOENT);
  CHECK(fts_read(fts) == NULL);
  fts_close(fts);
  CHECK_INT(mkdir("T/closed", 0), 0);
  if (geteuid() != 0) {
    char *closed[] = {"T/closed", NULL};
    fts = fts_open(closed, FTS_PHYSICAL, NULL);
    e = fts_read(fts);
    CHECK(e != NULL && e->fts_info == FTS_D);
    e = fts_read(fts);
    CHECK(e != NULL && e->fts_info == FTS_DNR);
    CHECK_INT(e->fts_errno, EACCES);
    fts_close(fts);
  }
  rmdir("T/closed");

  /* Invalid options. */
  CHECK(fts_open(roots, 0x10000, NULL) == NULL);
  CHECK_INT(errno, EINVAL);

  /* Removal is a postorder walk: contents first, then each directory at FTS_DP. */
  char *tree[] = {"T", NULL};
  fts = fts_open(tree, FTS_PHYSICAL, NULL);
  while ((e = fts_read(fts)) != NULL) {
    if (e->fts_info == FTS_DP) CHECK_INT(rmdir(e->fts_accpath), 0);
    else if (e->fts_info != FTS_D) CHECK_INT(unlink(e->fts_accpath), 0);
  }
  fts_close(fts);
  CHECK_INT(access("T", F_OK), -1);
  return check_done();
}
