// mkstemp, mkostemp, mkstemps, mkostemps and mkdtemp: replace the six X's before an
// optional suffix with random characters (from getrandom) until a name that did not
// exist can be created, with O_EXCL so an existing file is never opened.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/fcntl.h>
#include <linux/random.h>

#include "support/errno.h"
#include "support/syscall.h"

namespace pure {
namespace {

constexpr char kChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr int kAttempts = 10000;

// Where the X's are, or null (EINVAL) when the template is malformed.
char* placeholder(char* tmpl, int suffix) {
  size_t len = strlen(tmpl);
  if (suffix < 0 || len < 6 || static_cast<size_t>(suffix) > len - 6) return nullptr;
  char* x = tmpl + len - suffix - 6;
  return memcmp(x, "XXXXXX", 6) == 0 ? x : nullptr;
}

bool fill_random(char* x) {
  unsigned char bytes[6];
  long r;
  do r = syscall(__NR_getrandom, bytes, sizeof bytes, 0);
  while (r == -EINTR);
  if (r != sizeof bytes) return false;
  for (int i = 0; i < 6; i++) x[i] = kChars[bytes[i] % (sizeof kChars - 1)];
  return true;
}

// create(path) returns a file descriptor (or 0 for a directory) or -errno.
template <class Create> long make_unique(char* tmpl, int suffix, Create create) {
  char* x = placeholder(tmpl, suffix);
  if (!x) return -EINVAL;
  for (int i = 0; i < kAttempts; i++) {
    if (!fill_random(x)) return -EIO;
    long r = create(tmpl);
    if (r != -EEXIST) {
      if (r < 0) memcpy(x, "XXXXXX", 6);
      return r;
    }
  }
  memcpy(x, "XXXXXX", 6);
  return -EEXIST;
}

int make_file(char* tmpl, int suffix, int flags) {
  // Only these flags make sense here (the man page's list).
  flags &= O_APPEND | O_CLOEXEC | O_SYNC | O_DSYNC | O_NOATIME | O_DIRECT;
  return static_cast<int>(to_errno(make_unique(tmpl, suffix, [flags](const char* path) {
    return syscall(__NR_openat, AT_FDCWD, path, O_RDWR | O_CREAT | O_EXCL | flags, 0600);
  })));
}

}  // namespace
}  // namespace pure

extern "C" {

int mkstemp(char* tmpl) { return pure::make_file(tmpl, 0, 0); }
int mkostemp(char* tmpl, int flags) { return pure::make_file(tmpl, 0, flags); }
int mkstemps(char* tmpl, int suffix) { return pure::make_file(tmpl, suffix, 0); }
int mkostemps(char* tmpl, int suffix, int flags) { return pure::make_file(tmpl, suffix, flags); }

char* mkdtemp(char* tmpl) {
  long r = pure::make_unique(tmpl, 0, [](const char* path) { return pure::syscall(__NR_mkdirat, AT_FDCWD, path, 0700); });
  return pure::to_errno(r) < 0 ? nullptr : tmpl;
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(mkstemp, mkstemp64);
PURE_ALIAS(mkstemps, mkstemps64);
PURE_ALIAS(mkostemp, mkostemp64);
PURE_ALIAS(mkostemps, mkostemps64);
