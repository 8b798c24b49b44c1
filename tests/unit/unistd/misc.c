/* Memory mappings, poll/select, syscall(), uname/hostname, random bytes, ioctl. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  long page = sysconf(_SC_PAGESIZE);

  /* anonymous mappings */
  char *p = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK(p != MAP_FAILED);
  CHECK_INT(p[0], 0);
  p[0] = 'x';
  p[2 * page - 1] = 'y';
  CHECK_INT(mprotect(p, page, PROT_READ), 0);
  CHECK_INT(madvise(p + page, page, MADV_DONTNEED), 0);
  CHECK_INT(p[2 * page - 1], 0); /* discarded private anonymous memory reads as zeros */
  CHECK_INT(posix_madvise(p, page, POSIX_MADV_WILLNEED), 0);
  CHECK_INT(mprotect(p, page, PROT_READ | PROT_WRITE), 0); /* mremap needs one mapping */
  char *q = mremap(p, 2 * page, 4 * page, MREMAP_MAYMOVE);
  CHECK(q != MAP_FAILED);
  if (q != MAP_FAILED) {
    CHECK_INT(q[0], 'x');
    CHECK_INT(munmap(q, 4 * page), 0);
  }
  CHECK(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
  CHECK_INT(errno, EINVAL);
  CHECK(mmap(NULL, page, PROT_READ, MAP_PRIVATE, -1, 0) == MAP_FAILED);
  CHECK_INT(errno, EBADF);
  CHECK_INT(munmap((void *)1, page), -1); /* unaligned */
  CHECK_INT(errno, EINVAL);

  /* a shared file mapping writes through to the file */
  char path[64];
  snprintf(path, sizeof path, "/tmp/pure-mman-%d", (int)getpid());
  int fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0600);
  CHECK(fd >= 0);
  CHECK_INT(ftruncate(fd, page), 0);
  char *m = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  CHECK(m != MAP_FAILED);
  if (m != MAP_FAILED) {
    memcpy(m, "mapped", 6);
    CHECK_INT(msync(m, page, MS_SYNC), 0);
    char buf[8] = {0};
    CHECK_INT(pread(fd, buf, 6, 0), 6);
    CHECK_STR(buf, "mapped");
    CHECK_INT(munmap(m, page), 0);
  }
  CHECK(mmap(NULL, page, PROT_READ, MAP_SHARED, fd, 1) == MAP_FAILED); /* unaligned offset */
  CHECK_INT(errno, EINVAL);
  close(fd);
  unlink(path);

  /* poll and select on a pipe */
  int pp[2];
  CHECK_INT(pipe(pp), 0);
  struct pollfd pf[2] = {{pp[0], POLLIN, 0}, {pp[1], POLLOUT, 0}};
  CHECK_INT(poll(pf, 2, 0), 1);
  CHECK_INT(pf[0].revents, 0);
  CHECK_INT(pf[1].revents, POLLOUT);
  CHECK_INT(write(pp[1], "z", 1), 1);
  CHECK_INT(poll(pf, 1, 1000), 1);
  CHECK_INT(pf[0].revents, POLLIN);
  fd_set rs;
  FD_ZERO(&rs);
  FD_SET(pp[0], &rs);
  struct timeval tv = {1, 0};
  CHECK_INT(select(pp[0] + 1, &rs, NULL, NULL, &tv), 1);
  CHECK(FD_ISSET(pp[0], &rs));
  char c;
  CHECK_INT(read(pp[0], &c, 1), 1);
  FD_ZERO(&rs);
  FD_SET(pp[0], &rs);
  tv.tv_sec = 0;
  tv.tv_usec = 10000;
  CHECK_INT(select(pp[0] + 1, &rs, NULL, NULL, &tv), 0); /* times out */
  CHECK(!FD_ISSET(pp[0], &rs));
  tv.tv_usec = -1;
  CHECK_INT(select(1, NULL, NULL, NULL, &tv), -1);
  CHECK_INT(errno, EINVAL);
  struct pollfd bad = {-1, POLLIN, 0};
  CHECK_INT(poll(&bad, 1, 0), 0); /* negative fds are ignored */
  struct pollfd closed = {999, POLLIN, 0};
  CHECK_INT(poll(&closed, 1, 0), 1);
  CHECK_INT(closed.revents, POLLNVAL);
  int avail = -1;
  CHECK_INT(write(pp[1], "abc", 3), 3);
  CHECK_INT(ioctl(pp[0], FIONREAD, &avail), 0);
  CHECK_INT(avail, 3);
  CHECK_INT(ioctl(pp[0], TIOCGWINSZ, &avail), -1);
  CHECK_INT(errno, ENOTTY);
  close(pp[0]);
  close(pp[1]);

  /* syscall() */
  CHECK_INT(syscall(SYS_getpid), getpid());
  CHECK_INT(syscall(SYS_close, -1), -1);
  CHECK_INT(errno, EBADF);

  /* uname and gethostname agree */
  struct utsname u;
  CHECK_INT(uname(&u), 0);
  CHECK_STR(u.sysname, "Linux");
  char host[256];
  CHECK_INT(gethostname(host, sizeof host), 0);
  CHECK_STR(host, u.nodename);
  size_t len = strlen(u.nodename);
  CHECK_INT(gethostname(host, len), -1); /* no room for the terminator */
  CHECK_INT(errno, ENAMETOOLONG);

  /* random bytes */
  unsigned char r1[64] = {0}, r2[64] = {0};
  CHECK_INT(getrandom(r1, sizeof r1, 0), 64);
  CHECK_INT(getentropy(r2, sizeof r2), 0);
  CHECK(memcmp(r1, r2, sizeof r1) != 0);
  unsigned char big[300];
  CHECK_INT(getentropy(big, sizeof big), -1);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
