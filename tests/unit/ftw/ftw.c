/* ftw/nftw over a tree made in a fresh temporary directory. Expected types, levels and
   order follow POSIX nftw and ftw(3):
     T/ a/ f1, a/b/ f2, l -> a/f1, dang -> missing                                    */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../check.h"

static char root[64];
static size_t root_len;

#define MAX_SEEN 32
static struct Seen {
  char rel[64];
  int type, level;
  int base_ok;
} seen[MAX_SEEN];
static int nseen;
static int stop_at_f2;
static int chdir_ok;

static void record(const char *path, int type, int level, int base_ok) {
  if (nseen >= MAX_SEEN) return;
  const char *rel = strlen(path) > root_len ? path + root_len + 1 : ".";
  strcpy(seen[nseen].rel, rel);
  seen[nseen].type = type;
  seen[nseen].level = level;
  seen[nseen].base_ok = base_ok;
  nseen++;
}

static int cb(const char *path, const struct stat *st, int type, struct FTW *f) {
  /* base points at the last component. */
  const char *slash = strrchr(path, '/');
  int base_ok = f->base == (int)(slash - path) + 1 || (f->level == 0);
  record(path, type, f->level, base_ok);
  if (stop_at_f2 && strcmp(path + f->base, "f2") == 0) return 42;
  return 0;
}

static int cb_chdir(const char *path, const struct stat *st, int type, struct FTW *f) {
  /* With FTW_CHDIR the object is reachable by its last component from the cwd. */
  struct stat here;
  if (f->level > 0 && lstat(path + f->base, &here) != 0) chdir_ok = 0;
  return 0;
}

static int cb_ftw(const char *path, const struct stat *st, int type) {
  record(path, type, -1, 1);
  return 0;
}

static int find(const char *rel) {
  for (int i = 0; i < nseen; i++)
    if (strcmp(seen[i].rel, rel) == 0) return i;
  return -1;
}

static int type_of(const char *rel) {
  int i = find(rel);
  return i < 0 ? -100 : seen[i].type;
}

static int level_of(const char *rel) {
  int i = find(rel);
  return i < 0 ? -100 : seen[i].level;
}

static void make(const char *rel, int dir) {
  char p[128];
  snprintf(p, sizeof p, "%s/%s", root, rel);
  if (dir) {
    CHECK_INT(mkdir(p, 0755), 0);
  } else {
    int fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    CHECK(fd >= 0);
    close(fd);
  }
}

static void link_to(const char *target, const char *rel) {
  char p[128];
  snprintf(p, sizeof p, "%s/%s", root, rel);
  CHECK_INT(symlink(target, p), 0);
}

static void rm(const char *rel, int dir) {
  char p[128];
  snprintf(p, sizeof p, "%s/%s", root, rel);
  if (dir) rmdir(p); else unlink(p);
}

int main(void) {
  strcpy(root, "/tmp/pure-ftw-XXXXXX");
  CHECK(mkdtemp(root) != NULL);
  root_len = strlen(root);
  make("a", 1);
  make("a/f1", 0);
  make("a/b", 1);
  make("a/b/f2", 0);
  link_to("a/f1", "l");
  link_to("missing", "dang");

  /* Physical walk, pre-order. */
  nseen = 0;
  CHECK_INT(nftw(root, cb, 4, FTW_PHYS), 0);
  CHECK_INT(nseen, 7);
  CHECK_INT(type_of("."), FTW_D);
  CHECK_INT(level_of("."), 0);
  CHECK_INT(find("."), 0);
  CHECK_INT(type_of("a"), FTW_D);
  CHECK_INT(level_of("a"), 1);
  CHECK_INT(type_of("a/f1"), FTW_F);
  CHECK_INT(level_of("a/f1"), 2);
  CHECK_INT(type_of("a/b"), FTW_D);
  CHECK_INT(level_of("a/b"), 2);
  CHECK_INT(type_of("a/b/f2"), FTW_F);
  CHECK_INT(level_of("a/b/f2"), 3);
  CHECK_INT(type_of("l"), FTW_SL);
  CHECK_INT(type_of("dang"), FTW_SL);
  CHECK(find("a") < find("a/f1"));
  CHECK(find("a") < find("a/b"));
  CHECK(find("a/b") < find("a/b/f2"));
  for (int i = 0; i < nseen; i++) CHECK(seen[i].base_ok);

  /* FTW_DEPTH: directories come after their contents, as FTW_DP. */
  nseen = 0;
  CHECK_INT(nftw(root, cb, 1, FTW_PHYS | FTW_DEPTH), 0);
  CHECK_INT(nseen, 7);
  CHECK_INT(type_of("."), FTW_DP);
  CHECK_INT(find("."), 6);
  CHECK_INT(type_of("a"), FTW_DP);
  CHECK_INT(type_of("a/b"), FTW_DP);
  CHECK(find("a/f1") < find("a"));
  CHECK(find("a/b/f2") < find("a/b"));
  CHECK(find("a/b") < find("a"));

  /* Following links: l is the file it names; dang points nowhere. */
  nseen = 0;
  CHECK_INT(nftw(root, cb, 2, 0), 0);
  CHECK_INT(nseen, 7);
  CHECK_INT(type_of("l"), FTW_F);
  CHECK_INT(type_of("dang"), FTW_SLN);

  /* ftw: stat failing on the dangling link is FTW_NS. */
  nseen = 0;
  CHECK_INT(ftw(root, cb_ftw, 3), 0);
  CHECK_INT(nseen, 7);
  CHECK_INT(type_of("dang"), FTW_NS);
  CHECK_INT(type_of("a/b/f2"), FTW_F);
  CHECK_INT(type_of("a"), FTW_D);

  /* A non-zero callback result stops the walk and is returned. */
  nseen = 0;
  stop_at_f2 = 1;
  CHECK_INT(nftw(root, cb, 4, FTW_PHYS), 42);
  CHECK_STR(seen[nseen - 1].rel, "a/b/f2");
  stop_at_f2 = 0;

  /* FTW_CHDIR: each object is found from the cwd by its last component; the cwd is
     restored afterwards. */
  char before[256], after[256];
  CHECK(getcwd(before, sizeof before) != NULL);
  chdir_ok = 1;
  CHECK_INT(nftw(root, cb_chdir, 4, FTW_PHYS | FTW_CHDIR), 0);
  CHECK(chdir_ok);
  CHECK(getcwd(after, sizeof after) != NULL);
  CHECK_STR(after, before);

  /* A directory that cannot be read is FTW_DNR (root ignores permissions: skip then). */
  if (geteuid() != 0) {
    char p[128];
    snprintf(p, sizeof p, "%s/a/b", root);
    chmod(p, 0);
    nseen = 0;
    CHECK_INT(nftw(root, cb, 4, FTW_PHYS), 0);
    CHECK_INT(type_of("a/b"), FTW_DNR);
    CHECK_INT(find("a/b/f2"), -1);
    chmod(p, 0755);
  }

  /* A starting path that does not exist is an error. */
  char missing[128];
  snprintf(missing, sizeof missing, "%s/nope", root);
  errno = 0;
  CHECK_INT(nftw(missing, cb, 4, 0), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(ftw(missing, cb_ftw, 4), -1);

  rm("dang", 0);
  rm("l", 0);
  rm("a/b/f2", 0);
  rm("a/b", 1);
  rm("a/f1", 0);
  rm("a", 1);
  rmdir(root);
  return check_done();
}
