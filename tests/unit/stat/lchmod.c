#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  char dir[] = "/tmp/pure-lchmod-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char file[64], link[64];
  snprintf(file, sizeof file, "%s/f", dir);
  snprintf(link, sizeof link, "%s/l", dir);
  FILE *f = fopen(file, "w");
  CHECK(f != NULL);
  if (f) fclose(f);
  CHECK_INT(symlink("f", link), 0);

  struct stat st;
  CHECK_INT(lchmod(file, 0640), 0);
  CHECK_INT(stat(file, &st), 0);
  CHECK_INT(st.st_mode & 07777, 0640);
  /* On a symlink: Linux cannot change its mode, and the target must stay untouched. */
  errno = 0;
  CHECK_INT(lchmod(link, 0600), -1);
  CHECK_INT(errno, EOPNOTSUPP);
  CHECK_INT(stat(file, &st), 0);
  CHECK_INT(st.st_mode & 07777, 0640);
  errno = 0;
  CHECK_INT(lchmod("/nonexistent-pure-dir/x", 0600), -1);
  CHECK_INT(errno, ENOENT);

  unlink(link);
  unlink(file);
  rmdir(dir);
  return check_done();
}
