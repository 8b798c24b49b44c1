/* Directory streams: list a fresh directory, telldir/seekdir/rewinddir, readdir_r,
   fdopendir, scandir with a filter and alphasort, and errors (ENOENT, ENOTDIR, EBADF). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../check.h"

static char dir[64];

static int not_dot(const struct dirent *e) { return e->d_name[0] != '.'; }

int main(void) {
  snprintf(dir, sizeof dir, "/tmp/pure-dirent-%d", (int)getpid());
  CHECK_INT(mkdir(dir, 0700), 0);
  const char *names[] = {"zeta", "alpha", "mid", "sub"};
  char path[128];
  for (int i = 0; i < 3; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    int fd = open(path, O_CREAT | O_WRONLY, 0600);
    CHECK(fd >= 0);
    close(fd);
  }
  snprintf(path, sizeof path, "%s/sub", dir);
  CHECK_INT(mkdir(path, 0700), 0);

  DIR *d = opendir(dir);
  CHECK(d != NULL);
  if (!d) return check_done();
  CHECK(dirfd(d) >= 0);
  int seen[4] = {0}, dots = 0, total = 0;
  long pos_after_first = -1;
  char first[256] = "";
  struct dirent *e;
  errno = 0;
  while ((e = readdir(d)) != NULL) {
    if (total == 0) {
      pos_after_first = telldir(d);
      strcpy(first, e->d_name);
    }
    total++;
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) {
      dots++;
      CHECK(e->d_type == DT_DIR || e->d_type == DT_UNKNOWN);
      continue;
    }
    for (int i = 0; i < 4; i++)
      if (!strcmp(e->d_name, names[i])) {
        seen[i]++;
        if (i == 3) CHECK(e->d_type == DT_DIR || e->d_type == DT_UNKNOWN);
        else CHECK(e->d_type == DT_REG || e->d_type == DT_UNKNOWN);
      }
  }
  CHECK_INT(errno, 0); /* the end is not an error */
  CHECK_INT(total, 6);
  CHECK_INT(dots, 2);
  for (int i = 0; i < 4; i++) CHECK_INT(seen[i], 1);

  rewinddir(d);
  e = readdir(d);
  CHECK(e != NULL);
  if (e) CHECK_STR(e->d_name, first);
  /* seekdir back to the position telldir gave returns the same second entry */
  char second[256] = "";
  e = readdir(d);
  if (e) strcpy(second, e->d_name);
  seekdir(d, pos_after_first);
  e = readdir(d);
  CHECK(e != NULL);
  if (e) CHECK_STR(e->d_name, second);

  rewinddir(d);
  struct dirent entry, *result;
  int count = 0;
  while (readdir_r(d, &entry, &result) == 0 && result) {
    CHECK(result == &entry);
    count++;
  }
  CHECK_INT(count, 6);
  CHECK_INT(closedir(d), 0);

  /* fdopendir takes over a descriptor */
  int fd = open(dir, O_RDONLY | O_DIRECTORY);
  CHECK(fd >= 0);
  d = fdopendir(fd);
  CHECK(d != NULL);
  if (d) {
    CHECK_INT(dirfd(d), fd);
    count = 0;
    while (readdir(d)) count++;
    CHECK_INT(count, 6);
    closedir(d);
  }
  snprintf(path, sizeof path, "%s/alpha", dir);
  fd = open(path, O_RDONLY);
  errno = 0;
  CHECK(fdopendir(fd) == NULL);
  CHECK_INT(errno, ENOTDIR);
  close(fd);
  CHECK(fdopendir(-1) == NULL);
  CHECK_INT(errno, EBADF);

  /* scandir: filtered, sorted */
  struct dirent **list;
  int n = scandir(dir, &list, not_dot, alphasort);
  CHECK_INT(n, 4);
  if (n == 4) {
    CHECK_STR(list[0]->d_name, "alpha");
    CHECK_STR(list[1]->d_name, "mid");
    CHECK_STR(list[2]->d_name, "sub");
    CHECK_STR(list[3]->d_name, "zeta");
    for (int i = 0; i < n; i++) free(list[i]);
    free(list);
  }

  /* errors */
  snprintf(path, sizeof path, "%s/none", dir);
  errno = 0;
  CHECK(opendir(path) == NULL);
  CHECK_INT(errno, ENOENT);
  snprintf(path, sizeof path, "%s/alpha", dir);
  CHECK(opendir(path) == NULL);
  CHECK_INT(errno, ENOTDIR);
  CHECK_INT(scandir("/nonexistent-pure-dir", &list, NULL, NULL), -1);
  CHECK_INT(errno, ENOENT);

  /* clean up */
  for (int i = 0; i < 3; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    CHECK_INT(unlink(path), 0);
  }
  snprintf(path, sizeof path, "%s/sub", dir);
  CHECK_INT(rmdir(path), 0);
  CHECK_INT(rmdir(dir), 0);
  return check_done();
}
