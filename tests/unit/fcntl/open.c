/* open/openat flags and fcntl: O_DIRECTORY, O_NOFOLLOW, O_CLOEXEC, O_APPEND, O_TRUNC,
   creat, directory-relative opens, F_GETFL/F_SETFL, F_DUPFD, record locks; also the
   file-time, mode and file-system calls of sys/stat.h and sys/statvfs.h. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "../check.h"

int main(void) {
  char dir[64], path[128];
  snprintf(dir, sizeof dir, "/tmp/pure-fcntl-%d", (int)getpid());
  CHECK_INT(mkdir(dir, 0755), 0);
  int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  CHECK(dfd >= 0);
  CHECK_INT(fcntl(dfd, F_GETFD), FD_CLOEXEC);

  /* openat relative to the directory, creat, O_APPEND, O_TRUNC */
  int fd = openat(dfd, "f", O_CREAT | O_WRONLY | O_TRUNC, 0644);
  CHECK(fd >= 0);
  CHECK_INT(write(fd, "12345", 5), 5);
  close(fd);
  fd = openat(dfd, "f", O_WRONLY | O_APPEND);
  CHECK_INT(lseek(fd, 0, SEEK_SET), 0);
  CHECK_INT(write(fd, "67", 2), 2); /* appends despite the seek */
  CHECK_INT(fcntl(fd, F_GETFL) & O_APPEND, O_APPEND);
  CHECK_INT(fcntl(fd, F_SETFL, O_NONBLOCK), 0);
  CHECK_INT(fcntl(fd, F_GETFL) & (O_APPEND | O_NONBLOCK), O_NONBLOCK);
  int hi = fcntl(fd, F_DUPFD, 100);
  CHECK(hi >= 100);
  CHECK_INT(fcntl(hi, F_GETFD), 0);
  int hic = fcntl(fd, F_DUPFD_CLOEXEC, 200);
  CHECK(hic >= 200);
  CHECK_INT(fcntl(hic, F_GETFD), FD_CLOEXEC);
  close(hi);
  close(hic);
  close(fd);
  struct stat st;
  CHECK_INT(fstatat(dfd, "f", &st, 0), 0);
  CHECK_INT(st.st_size, 7);
  snprintf(path, sizeof path, "%s/f", dir);
  fd = creat(path, 0600);
  CHECK(fd >= 0);
  CHECK_INT(fstat(fd, &st), 0);
  CHECK_INT(st.st_size, 0); /* creat truncates */
  CHECK_INT(fcntl(fd, F_GETFL) & O_ACCMODE, O_WRONLY);
  close(fd);

  /* O_DIRECTORY on a file, O_NOFOLLOW on a symlink, O_EXCL */
  CHECK_INT(openat(dfd, "f", O_RDONLY | O_DIRECTORY), -1);
  CHECK_INT(errno, ENOTDIR);
  CHECK_INT(symlinkat("f", dfd, "link"), 0);
  CHECK_INT(openat(dfd, "link", O_RDONLY | O_NOFOLLOW), -1);
  CHECK_INT(errno, ELOOP);
  fd = openat(dfd, "link", O_RDONLY);
  CHECK(fd >= 0);
  close(fd);
  CHECK_INT(openat(dfd, "f", O_CREAT | O_EXCL | O_WRONLY, 0600), -1);
  CHECK_INT(errno, EEXIST);
  CHECK_INT(openat(dfd, "nope", O_RDONLY), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(openat(-1, "nope", O_RDONLY), -1);
  CHECK_INT(errno, EBADF);
  CHECK_INT(fcntl(-1, F_GETFD), -1);
  CHECK_INT(errno, EBADF);

  /* mode bits, umask, fchmodat, fchownat to ourselves */
  mode_t old = umask(077);
  fd = openat(dfd, "masked", O_CREAT | O_WRONLY, 0666);
  CHECK_INT(fstat(fd, &st), 0);
  CHECK_INT(st.st_mode & 0777, 0600);
  close(fd);
  CHECK_INT(umask(old), 077);
  CHECK_INT(fchmodat(dfd, "masked", 0640, 0), 0);
  CHECK_INT(fstatat(dfd, "masked", &st, 0), 0);
  CHECK_INT(st.st_mode & 0777, 0640);
  CHECK_INT(fchownat(dfd, "masked", getuid(), getgid(), 0), 0);
  CHECK_INT(fchmodat(dfd, "masked", 0600, 0x12345), -1);
  CHECK_INT(errno, EINVAL);

  /* file times */
  struct timespec ts[2] = {{1000000000, 5}, {1200000000, 500000000}};
  CHECK_INT(utimensat(dfd, "masked", ts, 0), 0);
  CHECK_INT(fstatat(dfd, "masked", &st, 0), 0);
  CHECK_INT(st.st_atim.tv_sec, 1000000000);
  CHECK_INT(st.st_mtim.tv_sec, 1200000000);
  CHECK_INT(st.st_mtime, 1200000000);
  snprintf(path, sizeof path, "%s/masked", dir);
  struct utimbuf ub = {123456789, 987654321};
  CHECK_INT(utime(path, &ub), 0);
  CHECK_INT(stat(path, &st), 0);
  CHECK_INT(st.st_atime, 123456789);
  CHECK_INT(st.st_mtime, 987654321);
  struct timeval tv[2] = {{10, 0}, {20, 1000000}};
  CHECK_INT(utimes(path, tv), -1);
  CHECK_INT(errno, EINVAL);
  tv[1].tv_usec = 999999;
  CHECK_INT(utimes(path, tv), 0);
  CHECK_INT(stat(path, &st), 0);
  CHECK_INT(st.st_mtim.tv_nsec, 999999000);
  struct timespec omit[2] = {{0, UTIME_OMIT}, {0, UTIME_NOW}};
  CHECK_INT(utimensat(AT_FDCWD, path, omit, 0), 0);
  CHECK_INT(stat(path, &st), 0);
  CHECK_INT(st.st_atime, 10);
  CHECK(st.st_mtime > 1700000000);

  /* statx agrees with stat */
  struct statx sx;
  if (statx(AT_FDCWD, path, 0, STATX_BASIC_STATS, &sx) == 0) {
    CHECK_INT(sx.stx_ino, st.st_ino);
    CHECK_INT(sx.stx_mode, st.st_mode);
  } else {
    CHECK_INT(errno, ENOSYS); /* only an old kernel may refuse */
  }

  /* mkfifo, mknod */
  CHECK_INT(mkfifoat(dfd, "fifo", 0600), 0);
  CHECK_INT(fstatat(dfd, "fifo", &st, AT_SYMLINK_NOFOLLOW), 0);
  CHECK(S_ISFIFO(st.st_mode));
  CHECK_INT(mkfifoat(dfd, "fifo", 0600), -1);
  CHECK_INT(errno, EEXIST);

  /* record locks: a child sees the parent's write lock */
  fd = openat(dfd, "f", O_RDWR);
  struct flock fl = {0};
  fl.l_type = F_WRLCK;
  fl.l_whence = SEEK_SET;
  fl.l_start = 0;
  fl.l_len = 10;
  CHECK_INT(fcntl(fd, F_SETLK, &fl), 0);
  pid_t pid = fork();
  if (pid == 0) {
    struct flock q = {0};
    q.l_type = F_WRLCK;
    q.l_whence = SEEK_SET;
    q.l_len = 5;
    if (fcntl(fd, F_GETLK, &q) != 0) _exit(1);
    if (q.l_type != F_WRLCK || q.l_pid != getppid()) _exit(2);
    q.l_type = F_WRLCK;
    if (fcntl(fd, F_SETLK, &q) != -1 || (errno != EAGAIN && errno != EACCES)) _exit(3);
    _exit(0);
  }
  int status;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status));
  CHECK_INT(WEXITSTATUS(status), 0);
  fl.l_type = F_UNLCK;
  CHECK_INT(fcntl(fd, F_SETLK, &fl), 0);
  CHECK_INT(flock(fd, LOCK_EX | LOCK_NB), 0);
  CHECK_INT(flock(fd, LOCK_UN), 0);
  CHECK_INT(lockf(fd, F_TLOCK, 0), 0);
  CHECK_INT(lockf(fd, F_TEST, 0), 0); /* our own lock does not count */
  CHECK_INT(lockf(fd, F_ULOCK, 0), 0);
  close(fd);

  /* statvfs */
  struct statvfs vfs;
  CHECK_INT(statvfs(dir, &vfs), 0);
  CHECK(vfs.f_bsize > 0);
  CHECK(vfs.f_namemax >= 14);
  CHECK(vfs.f_blocks >= vfs.f_bfree);
  CHECK_INT(fstatvfs(dfd, &vfs), 0);
  CHECK_INT(statvfs("/nonexistent-pure", &vfs), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(pathconf(dir, _PC_NAME_MAX), vfs.f_namemax);
  CHECK(fpathconf(dfd, _PC_PATH_MAX) >= 256);

  /* clean up */
  const char *names[] = {"f", "link", "masked", "fifo"};
  for (int i = 0; i < 4; i++) CHECK_INT(unlinkat(dfd, names[i], 0), 0);
  close(dfd);
  CHECK_INT(rmdir(dir), 0);
  return check_done();
}
