/* fanotify, per fanotify(7), fanotify_init(2), fanotify_mark(2): with CAP_SYS_ADMIN, a
   notification group watching this directory reports the close of a file written here,
   with an open descriptor for it. Without it, a group without file handles is EPERM. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/fanotify.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../check.h"

int main(void) {
  int fd = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC, O_RDONLY);
  if (fd < 0) {
#if defined(__aarch64__)
    /* The aarch64 tests run under qemu's user mode, which has no fanotify (ENOSYS). */
    CHECK(errno == EPERM || errno == ENOSYS);
#else
    CHECK_INT(errno, EPERM);
#endif
    return check_done();
  }
  CHECK_INT(fanotify_mark(fd, FAN_MARK_ADD, FAN_CLOSE_WRITE | FAN_EVENT_ON_CHILD, AT_FDCWD, "."), 0);
  CHECK_INT(fanotify_mark(fd, FAN_MARK_ADD, FAN_CLOSE_WRITE, AT_FDCWD, "no_such_dir"), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(fanotify_mark(fd, 0x80000000u, FAN_CLOSE_WRITE, AT_FDCWD, "."), -1);
  CHECK_INT(errno, EINVAL);

  int w = open("watched", O_WRONLY | O_CREAT | O_TRUNC, 0600);
  CHECK(w >= 0);
  CHECK_INT(write(w, "data", 4), 4);
  close(w);
  struct stat want;
  CHECK_INT(stat("watched", &want), 0);

  struct pollfd p = {fd, POLLIN, 0};
  CHECK_INT(poll(&p, 1, 2000), 1);
  char buf[4096] __attribute__((aligned(8)));
  ssize_t n = read(fd, buf, sizeof buf);
  CHECK(n >= (ssize_t)sizeof(struct fanotify_event_metadata));
  struct fanotify_event_metadata *m = (struct fanotify_event_metadata *)buf;
  CHECK_INT(m->vers, FANOTIFY_METADATA_VERSION);
  CHECK(m->mask & FAN_CLOSE_WRITE);
  CHECK_INT(m->pid, getpid());
  CHECK(m->fd >= 0);
  struct stat got;
  CHECK_INT(fstat(m->fd, &got), 0);
  CHECK(got.st_ino == want.st_ino && got.st_dev == want.st_dev);
  close(m->fd);
  close(fd);
  unlink("watched");
  return check_done();
}
