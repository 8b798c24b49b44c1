#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  int fds[2];
  CHECK_INT(pipe(fds), 0);
  char a[] = "hello ", b[] = "world";
  struct iovec iov[2] = {{a, 6}, {b, 5}};
  CHECK_INT(vmsplice(fds[1], iov, 2, 0), 11);
  char got[16] = {0};
  CHECK_INT(read(fds[0], got, sizeof got), 11);
  CHECK_STR(got, "hello world");
  errno = 0;
  CHECK_INT(vmsplice(-1, iov, 2, 0), -1);
  CHECK_INT(errno, EBADF);
  close(fds[0]);
  close(fds[1]);

  /* name_to_handle_at: too small a buffer reports EOVERFLOW and the size it needs
     (filesystems without handles say EOPNOTSUPP instead). */
  static union {
    struct file_handle h;
    unsigned char space[sizeof(struct file_handle) + MAX_HANDLE_SZ];
  } fh;
  fh.h.handle_bytes = 0;
  int mount_id = -1;
  errno = 0;
  int r = name_to_handle_at(AT_FDCWD, ".", &fh.h, &mount_id, 0);
  CHECK_INT(r, -1);
  CHECK(errno == EOVERFLOW || errno == EOPNOTSUPP);
  if (errno == EOVERFLOW) {
    CHECK(fh.h.handle_bytes > 0 && fh.h.handle_bytes <= MAX_HANDLE_SZ);
    CHECK_INT(name_to_handle_at(AT_FDCWD, ".", &fh.h, &mount_id, 0), 0);
  }
  errno = 0;
  CHECK_INT(name_to_handle_at(AT_FDCWD, "/nonexistent-pure-test", &fh.h, &mount_id, 0), -1);
  CHECK(errno == ENOENT || errno == EOPNOTSUPP);
  /* open_by_handle_at needs CAP_DAC_READ_SEARCH; with a bad mount fd it must fail cleanly. */
  errno = 0;
  CHECK_INT(open_by_handle_at(-1, &fh.h, O_RDONLY), -1);
  CHECK(errno != 0);
  return check_done();
}
