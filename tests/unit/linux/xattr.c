/* Extended attributes on a scratch file, per xattr(7), setxattr(2), getxattr(2),
   listxattr(2), removexattr(2): user.* attributes on a regular file, by path, by
   descriptor, and (l*) on a symbolic link itself, where user.* is not allowed. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/xattr.h>
#include <unistd.h>
#include "../check.h"

int main(void) {
  int fd = open("xattr_file", O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  CHECK(symlink("xattr_file", "xattr_link") == 0);

  int r = setxattr("xattr_file", "user.colour", "blue", 4, XATTR_CREATE);
  if (r != 0 && errno == ENOTSUP) {
    /* A file system without user attributes: every call says so. */
    CHECK_INT(getxattr("xattr_file", "user.colour", NULL, 0), -1);
    CHECK_INT(errno, ENOTSUP);
    CHECK_INT(fsetxattr(fd, "user.colour", "x", 1, 0), -1);
    CHECK_INT(errno, ENOTSUP);
    return check_done();
  }
  CHECK_INT(r, 0);

  /* Size query, exact read, too small a buffer. */
  char buf[64];
  CHECK_INT(getxattr("xattr_file", "user.colour", NULL, 0), 4);
  CHECK_INT(getxattr("xattr_file", "user.colour", buf, sizeof buf), 4);
  CHECK(memcmp(buf, "blue", 4) == 0);
  CHECK_INT(getxattr("xattr_file", "user.colour", buf, 2), -1);
  CHECK_INT(errno, ERANGE);
  /* Through the link, getxattr follows it. */
  CHECK_INT(getxattr("xattr_link", "user.colour", buf, sizeof buf), 4);

  /* XATTR_CREATE on an existing name, XATTR_REPLACE on a missing one. */
  CHECK_INT(setxattr("xattr_file", "user.colour", "red", 3, XATTR_CREATE), -1);
  CHECK_INT(errno, EEXIST);
  CHECK_INT(setxattr("xattr_file", "user.size", "9", 1, XATTR_REPLACE), -1);
  CHECK_INT(errno, ENODATA);
  CHECK_INT(getxattr("xattr_file", "user.missing", buf, sizeof buf), -1);
  CHECK_INT(errno, ENODATA);

  /* By descriptor: replace, add a second, read back. */
  CHECK_INT(fsetxattr(fd, "user.colour", "green", 5, XATTR_REPLACE), 0);
  CHECK_INT(fsetxattr(fd, "user.size", "42", 2, 0), 0);
  CHECK_INT(fgetxattr(fd, "user.colour", buf, sizeof buf), 5);
  CHECK(memcmp(buf, "green", 5) == 0);
  CHECK_INT(lgetxattr("xattr_file", "user.size", buf, sizeof buf), 2);

  /* The list: NUL-terminated names; its size first. Other (security.*) names may be
     there too, so look for ours. */
  char list[512];
  ssize_t n = listxattr("xattr_file", NULL, 0);
  CHECK(n >= (ssize_t)(sizeof "user.colour" + sizeof "user.size"));
  CHECK_INT(listxattr("xattr_file", list, sizeof list), n);
  CHECK_INT(flistxattr(fd, list, sizeof list), n);
  CHECK_INT(llistxattr("xattr_file", list, sizeof list), n);
  int found = 0;
  for (char *p = list; p < list + n; p += strlen(p) + 1)
    found += strcmp(p, "user.colour") == 0 || strcmp(p, "user.size") == 0;
  CHECK_INT(found, 2);
  if (n > 1) {
    CHECK_INT(listxattr("xattr_file", list, 1), -1);
    CHECK_INT(errno, ERANGE);
  }

  /* Removal by path and by descriptor. */
  CHECK_INT(removexattr("xattr_file", "user.colour"), 0);
  CHECK_INT(fremovexattr(fd, "user.size"), 0);
  CHECK_INT(fgetxattr(fd, "user.size", buf, sizeof buf), -1);
  CHECK_INT(errno, ENODATA);
  CHECK_INT(removexattr("xattr_file", "user.colour"), -1);
  CHECK_INT(errno, ENODATA);

  /* The l* forms act on the link itself: user.* attributes are not permitted there. */
  CHECK_INT(lsetxattr("xattr_link", "user.colour", "x", 1, 0), -1);
  CHECK_INT(errno, EPERM);
  CHECK_INT(lremovexattr("xattr_link", "user.colour"), -1);
  CHECK_INT(errno, EPERM);

  /* Bad descriptor, missing file. */
  CHECK_INT(fgetxattr(-1, "user.colour", buf, sizeof buf), -1);
  CHECK_INT(errno, EBADF);
  CHECK_INT(getxattr("no_such_file", "user.colour", buf, sizeof buf), -1);
  CHECK_INT(errno, ENOENT);

  close(fd);
  unlink("xattr_link");
  unlink("xattr_file");
  return check_done();
}
