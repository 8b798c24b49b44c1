/* File basics in a fresh temporary directory: create, write, read, seek, stat, rename,
   link, symlink, truncate, unlink, and the errno values for bad input. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "../check.h"

static char dir[64];

/* A path inside the test directory; each call gets its own buffer (a small ring). */
static const char *in_dir(const char *name) {
  static char buf[16][128];
  static int next;
  char *b = buf[next++ % 16];
  snprintf(b, sizeof buf[0], "%s/%s", dir, name);
  return b;
}

int main(void) {
  snprintf(dir, sizeof dir, "/tmp/pure-unistd-%d", (int)getpid());
  CHECK_INT(mkdir(dir, 0700), 0);
  CHECK_INT(mkdir(dir, 0700), -1);
  CHECK_INT(errno, EEXIST);

  /* create, write, read back */
  char f[128], g[128];
  snprintf(f, sizeof f, "%s/a", dir);
  snprintf(g, sizeof g, "%s/b", dir);
  int fd = open(f, O_CREAT | O_EXCL | O_RDWR, 0640);
  CHECK(fd >= 0);
  CHECK_INT(write(fd, "hello, world", 12), 12);
  CHECK_INT(lseek(fd, 0, SEEK_CUR), 12);
  CHECK_INT(lseek(fd, 7, SEEK_SET), 7);
  char buf[32] = {0};
  CHECK_INT(read(fd, buf, sizeof buf), 5);
  CHECK_STR(buf, "world");
  CHECK_INT(read(fd, buf, sizeof buf), 0); /* end of file */
  memset(buf, 0, sizeof buf);
  CHECK_INT(pread(fd, buf, 5, 0), 5);
  CHECK_STR(buf, "hello");
  CHECK_INT(pwrite(fd, "J", 1, 0), 1);
  CHECK_INT(lseek(fd, 0, SEEK_CUR), 12); /* pwrite leaves the offset alone */

  /* vectored I/O */
  struct iovec iov[2] = {{(void *)"ab", 2}, {(void *)"cd", 2}};
  CHECK_INT(writev(fd, iov, 2), 4);
  char x[3] = {0}, y[3] = {0};
  struct iovec riov[2] = {{x, 2}, {y, 2}};
  CHECK_INT(preadv(fd, riov, 2, 12), 4);
  CHECK_STR(x, "ab");
  CHECK_STR(y, "cd");

  /* O_EXCL on an existing file */
  CHECK_INT(open(f, O_CREAT | O_EXCL | O_RDWR, 0600), -1);
  CHECK_INT(errno, EEXIST);

  /* fstat / stat / lstat */
  struct stat st;
  CHECK_INT(fstat(fd, &st), 0);
  CHECK(S_ISREG(st.st_mode));
  CHECK_INT(st.st_mode & 0777, 0640 & ~0); /* umask may clear bits; 0640 survives 022 */
  CHECK_INT(st.st_size, 16);
  CHECK_INT(st.st_nlink, 1);
  CHECK_INT(st.st_uid, getuid());
  CHECK(st.st_mtime > 1600000000);
  CHECK_INT(stat(dir, &st), 0);
  CHECK(S_ISDIR(st.st_mode));

  /* dup, dup2, fcntl */
  int fd2 = dup(fd);
  CHECK(fd2 > fd);
  CHECK_INT(lseek(fd2, 0, SEEK_CUR), lseek(fd, 0, SEEK_CUR));
  CHECK_INT(dup2(fd, fd2), fd2);
  CHECK_INT(dup2(fd, fd), fd);
  CHECK_INT(fcntl(fd2, F_GETFD), 0);
  CHECK_INT(fcntl(fd2, F_SETFD, FD_CLOEXEC), 0);
  CHECK_INT(fcntl(fd2, F_GETFD), FD_CLOEXEC);
  CHECK_INT(fcntl(fd, F_GETFL) & O_ACCMODE, O_RDWR);
  CHECK_INT(close(fd2), 0);
  CHECK_INT(close(fd2), -1);
  CHECK_INT(errno, EBADF);

  /* truncate */
  CHECK_INT(ftruncate(fd, 5), 0);
  CHECK_INT(fstat(fd, &st), 0);
  CHECK_INT(st.st_size, 5);
  CHECK_INT(truncate(f, 100), 0);
  CHECK_INT(stat(f, &st), 0);
  CHECK_INT(st.st_size, 100);
  CHECK_INT(fsync(fd), 0);
  CHECK_INT(close(fd), 0);

  /* chmod, access */
  CHECK_INT(chmod(f, 0600), 0);
  CHECK_INT(stat(f, &st), 0);
  CHECK_INT(st.st_mode & 07777, 0600);
  CHECK_INT(access(f, F_OK), 0);
  CHECK_INT(access(in_dir("missing"), F_OK), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(faccessat(AT_FDCWD, f, R_OK, AT_EACCESS), 0);

  /* rename, link, symlink, readlink */
  CHECK_INT(rename(f, g), 0);
  CHECK_INT(stat(f, &st), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(link(g, in_dir("c")), 0);
  CHECK_INT(stat(g, &st), 0);
  CHECK_INT(st.st_nlink, 2);
  CHECK_INT(symlink("b", in_dir("s")), 0);
  char target[64] = {0};
  CHECK_INT(readlink(in_dir("s"), target, sizeof target), 1);
  CHECK_INT(target[0], 'b');
  CHECK_INT(lstat(in_dir("s"), &st), 0);
  CHECK(S_ISLNK(st.st_mode));
  CHECK_INT(stat(in_dir("s"), &st), 0);
  CHECK(S_ISREG(st.st_mode));
  CHECK_INT(readlink(g, target, sizeof target), -1);
  CHECK_INT(errno, EINVAL);

  /* realpath resolves the symlink */
  char resolved[PATH_MAX];
  CHECK(realpath(in_dir("s"), resolved) != NULL);
  CHECK_STR(resolved, in_dir("b"));
  CHECK(realpath(in_dir("nothing"), resolved) == NULL);
  CHECK_INT(errno, ENOENT);

  /* ENOTDIR: a path through a regular file */
  char through[160];
  snprintf(through, sizeof through, "%s/x", g);
  CHECK_INT(open(through, O_RDONLY), -1);
  CHECK_INT(errno, ENOTDIR);
  CHECK_INT(mkdir(through, 0700), -1);
  CHECK_INT(errno, ENOTDIR);

  /* EBADF */
  CHECK_INT(read(-1, buf, 1), -1);
  CHECK_INT(errno, EBADF);
  CHECK_INT(write(9999, buf, 1), -1);
  CHECK_INT(errno, EBADF);
  CHECK_INT(fstat(-5, &st), -1);
  CHECK_INT(errno, EBADF);
  CHECK_INT(lseek(-1, 0, SEEK_SET), -1);
  CHECK_INT(errno, EBADF);

  /* pipes */
  int p[2];
  CHECK_INT(pipe(p), 0);
  CHECK_INT(write(p[1], "xy", 2), 2);
  memset(buf, 0, sizeof buf);
  CHECK_INT(read(p[0], buf, sizeof buf), 2);
  CHECK_STR(buf, "xy");
  CHECK_INT(lseek(p[0], 0, SEEK_SET), -1);
  CHECK_INT(errno, ESPIPE);
  CHECK_INT(isatty(p[0]), 0);
  CHECK_INT(errno, ENOTTY);
  close(p[0]);
  close(p[1]);
  CHECK_INT(pipe2(p, O_CLOEXEC), 0);
  CHECK_INT(fcntl(p[0], F_GETFD), FD_CLOEXEC);
  close(p[0]);
  close(p[1]);

  /* chdir / getcwd */
  char cwd[PATH_MAX];
  CHECK(getcwd(cwd, sizeof cwd) != NULL);
  CHECK_INT(chdir(dir), 0);
  char here[PATH_MAX];
  CHECK(getcwd(here, sizeof here) != NULL);
  CHECK_STR(here, dir);
  char *alloc = getcwd(NULL, 0);
  CHECK(alloc != NULL);
  if (alloc) CHECK_STR(alloc, dir);
  free(alloc);
  CHECK(getcwd(here, 2) == NULL);
  CHECK_INT(errno, ERANGE);
  CHECK_INT(access("b", F_OK), 0); /* relative to the new directory */
  CHECK_INT(chdir(cwd), 0);
  CHECK_INT(chdir(g), -1);
  CHECK_INT(errno, ENOTDIR);

  /* unlink and rmdir */
  CHECK_INT(rmdir(dir), -1);
  CHECK_INT(errno, ENOTEMPTY);
  CHECK_INT(unlink(in_dir("s")), 0);
  CHECK_INT(unlink(in_dir("c")), 0);
  CHECK_INT(unlink(g), 0);
  CHECK_INT(unlink(g), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(unlink(dir), -1);
  CHECK_INT(errno, EISDIR);
  CHECK_INT(rmdir(dir), 0);
  return check_done();
}
