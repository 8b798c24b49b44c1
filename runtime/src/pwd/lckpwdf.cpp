// lckpwdf and ulckpwdf: the advisory lock the shadow tools (passwd, useradd, vipw) take
// on /etc/.pwd.lock before they rewrite the password files; waits up to 15 seconds.
#include <errno.h>
#include <fcntl.h>
#include <shadow.h>
#include <time.h>

#include "support/errno.h"
#include "support/lock.h"
#include "support/syscall.h"

namespace pure {
namespace {

constinit Lock lock_fd_lock;
constinit int lock_fd = -1;

}  // namespace
}  // namespace pure

extern "C" {

int lckpwdf(void) {
  pure::LockGuard guard(pure::lock_fd_lock);
  if (pure::lock_fd >= 0) return pure::fail(EDEADLK, -1);  // this process holds it
  long fd = pure::syscall(__NR_openat, AT_FDCWD, "/etc/.pwd.lock", O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (pure::is_error(fd)) return static_cast<int>(pure::to_errno(fd));
  struct flock lk = {};
  lk.l_type = F_WRLCK;
  lk.l_whence = SEEK_SET;
  // Polled rather than F_SETLKW under an alarm: no signal handler is disturbed.
  for (int tries = 0; tries < 150; tries++) {
    long r = pure::syscall(__NR_fcntl, fd, F_SETLK, &lk);
    if (r == 0) {
      pure::lock_fd = static_cast<int>(fd);
      return 0;
    }
    if (r != -EAGAIN && r != -EACCES) {
      pure::syscall(__NR_close, fd);
      return static_cast<int>(pure::to_errno(r));
    }
    struct timespec tenth = {0, 100000000};
    nanosleep(&tenth, nullptr);
  }
  pure::syscall(__NR_close, fd);
  return pure::fail(EAGAIN, -1);
}

int ulckpwdf(void) {
  pure::LockGuard guard(pure::lock_fd_lock);
  if (pure::lock_fd < 0) return pure::fail(ENOLCK, -1);
  pure::syscall(__NR_close, pure::lock_fd);  // closing releases the record lock
  pure::lock_fd = -1;
  return 0;
}

}  // extern "C"
