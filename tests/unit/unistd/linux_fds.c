/* Linux descriptor-based interfaces: eventfd, epoll, timerfd, inotify, prctl. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/prctl.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  int efd = eventfd(3, EFD_CLOEXEC | EFD_NONBLOCK);
  CHECK(efd >= 0);
  CHECK_INT(fcntl(efd, F_GETFD), FD_CLOEXEC);
  CHECK_INT(eventfd_write(efd, 4), 0);
  eventfd_t v = 0;
  CHECK_INT(eventfd_read(efd, &v), 0);
  CHECK_INT(v, 7);
  CHECK_INT(eventfd_read(efd, &v), -1); /* counter is zero and the fd is non-blocking */
  CHECK_INT(errno, EAGAIN);

  int ep = epoll_create1(EPOLL_CLOEXEC);
  CHECK(ep >= 0);
  struct epoll_event ev = {0};
  ev.events = EPOLLIN;
  ev.data.u64 = 0x1122334455667788ULL;
  CHECK_INT(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev), 0);
  CHECK_INT(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev), -1);
  CHECK_INT(errno, EEXIST);
  struct epoll_event out[4];
  CHECK_INT(epoll_wait(ep, out, 4, 0), 0);
  CHECK_INT(eventfd_write(efd, 1), 0);
  CHECK_INT(epoll_wait(ep, out, 4, 1000), 1);
  CHECK_INT(out[0].events, EPOLLIN);
  CHECK(out[0].data.u64 == 0x1122334455667788ULL);
  CHECK_INT(epoll_create(0), -1);
  CHECK_INT(errno, EINVAL);

  int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
  CHECK(tfd >= 0);
  struct itimerspec its = {{0, 0}, {0, 10000000}};
  CHECK_INT(timerfd_settime(tfd, 0, &its, NULL), 0);
  struct itimerspec cur;
  CHECK_INT(timerfd_gettime(tfd, &cur), 0);
  CHECK(cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec <= 10000000);
  unsigned long long expirations = 0;
  CHECK_INT(read(tfd, &expirations, sizeof expirations), 8); /* blocks until it fires */
  CHECK_INT(expirations, 1);

  int in = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  CHECK(in >= 0);
  char dir[64], path[96];
  snprintf(dir, sizeof dir, "/tmp/pure-inotify-%d", (int)getpid());
  CHECK_INT(mkdir(dir, 0700), 0);
  int wd = inotify_add_watch(in, dir, IN_CREATE);
  CHECK(wd >= 0);
  snprintf(path, sizeof path, "%s/new", dir);
  int fd = open(path, O_CREAT | O_WRONLY, 0600);
  close(fd);
  union {
    struct inotify_event e;
    char bytes[512];
  } buf;
  ssize_t n = read(in, &buf, sizeof buf);
  CHECK(n >= (ssize_t)sizeof(struct inotify_event));
  if (n > 0) {
    CHECK_INT(buf.e.wd, wd);
    CHECK(buf.e.mask & IN_CREATE);
    CHECK_STR(buf.e.name, "new");
  }
  CHECK_INT(inotify_rm_watch(in, wd), 0);
  CHECK_INT(inotify_add_watch(in, "/nonexistent-pure", IN_CREATE), -1);
  CHECK_INT(errno, ENOENT);
  unlink(path);
  rmdir(dir);

  char name[16] = {0};
  CHECK_INT(prctl(PR_SET_NAME, "pure-test"), 0);
  CHECK_INT(prctl(PR_GET_NAME, name), 0);
  CHECK_STR(name, "pure-test");
  CHECK_INT(prctl(-12345), -1);
  CHECK_INT(errno, EINVAL);

  close(in);
  close(tfd);
  close(ep);
  close(efd);
  return check_done();
}
