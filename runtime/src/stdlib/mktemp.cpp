// mktemp: replaces the trailing six X's with characters that name no existing file.
// Racy by design (another process may create the name before the caller does), which is
// why POSIX dropped it; mkstemp is the safe form. Kept for old programs.
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/fcntl.h>
#include <linux/random.h>
#include <linux/stat.h>

#include "support/errno.h"
#include "support/syscall.h"

namespace pure {
namespace {

constexpr char kNameChars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr int kTries = 10000;

// 0 when a free name was written into tmpl, else the errno value.
int pick_name(char* tmpl) {
  size_t len = strlen(tmpl);
  if (len < 6 || memcmp(tmpl + len - 6, "XXXXXX", 6) != 0) return EINVAL;
  char* x = tmpl + len - 6;
  for (int i = 0; i < kTries; i++) {
    unsigned char bytes[6];
    long r;
    do r = syscall(__NR_getrandom, bytes, sizeof bytes, 0);
    while (r == -EINTR);
    if (r != sizeof bytes) return EIO;
    for (int k = 0; k < 6; k++) x[k] = kNameChars[bytes[k] % (sizeof kNameChars - 1)];
    struct statx st;
    long s = syscall(__NR_statx, AT_FDCWD, tmpl, AT_SYMLINK_NOFOLLOW, 0, &st);
    if (s == -ENOENT) return 0;
    if (s < 0) return static_cast<int>(-s);  // e.g. the directory is missing or unreadable
  }
  return EEXIST;
}

}  // namespace
}  // namespace pure

extern "C" char* mktemp(char* tmpl) {
  int e = pure::pick_name(tmpl);
  if (e != 0) {
    errno = e;
    tmpl[0] = '\0';  // the documented failure result: an empty string
  }
  return tmpl;
}
