// tmpfile: an anonymous file in /tmp, gone when closed. O_TMPFILE where the file system
// supports it, else a random name unlinked right after creation.
#include <errno.h>
#include <linux/fcntl.h>

#include "stdio/file.h"
#include "support/errno.h"
#include "support/syscall.h"

using namespace pure::stdio;

extern "C" FILE* tmpfile(void) {
  long fd = pure::syscall(__NR_openat, AT_FDCWD, "/tmp", O_RDWR | O_TMPFILE | O_CLOEXEC, 0600);
  if (fd == -EOPNOTSUPP || fd == -EISDIR || fd == -EINVAL) {
    char name[] = "/tmp/tmpf.XXXXXXXXXXXX";
    for (int attempt = 0; attempt < 100; attempt++) {
      unsigned char rnd[12];
      if (pure::syscall(__NR_getrandom, rnd, sizeof rnd, 0) != sizeof rnd) return pure::fail(EIO, nullptr);
      static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
      for (int i = 0; i < 12; i++) name[10 + i] = kAlphabet[rnd[i] % 62];
      fd = pure::syscall(__NR_openat, AT_FDCWD, name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd != -EEXIST) break;
    }
    if (!pure::is_error(fd)) pure::syscall(__NR_unlinkat, AT_FDCWD, name, 0);
  }
  if (pure::to_errno(fd) < 0) return nullptr;
  // The descriptor stays close-on-exec only while creating it; the stream keeps it open.
  pure::syscall(__NR_fcntl, fd, F_SETFD, 0);
  FILE* f = new_file(static_cast<int>(fd), kCanRead | kCanWrite, nullptr, nullptr);
  if (!f) pure::syscall(__NR_close, fd);
  return f;
}

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(tmpfile, tmpfile64);
