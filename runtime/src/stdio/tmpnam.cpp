// tmpnam, tmpnam_r, tempnam: names for temporary files (racy by design; kept for old
// programs). Names are random, checked to be unused at the time of the call.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <linux/fcntl.h>

#include "support/errno.h"
#include "support/syscall.h"

namespace {

constinit char static_name[L_tmpnam];

// Writes "<dir>/<prefix>XXXXXX" with random letters into out; false if nothing unused
// was found or it does not fit.
bool make_name(char* out, size_t cap, const char* dir, const char* prefix) {
  size_t dl = __builtin_strlen(dir), pl = __builtin_strlen(prefix);
  if (dl + 1 + pl + 6 + 1 > cap) return false;
  __builtin_memcpy(out, dir, dl);
  out[dl] = '/';
  __builtin_memcpy(out + dl + 1, prefix, pl);
  char* x = out + dl + 1 + pl;
  x[6] = 0;
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  for (int attempt = 0; attempt < 100; attempt++) {
    unsigned char rnd[6];
    if (pure::syscall(__NR_getrandom, rnd, sizeof rnd, 0) != sizeof rnd) return false;
    for (int i = 0; i < 6; i++) x[i] = kAlphabet[rnd[i] % 62];
    char statbuf[256];
    long r = pure::syscall(__NR_newfstatat, AT_FDCWD, out, statbuf, AT_SYMLINK_NOFOLLOW);
    if (r == -ENOENT) return true;
  }
  return false;
}

}  // namespace

extern "C" {

char* tmpnam_r(char* s) {
  if (!s) return nullptr;
  return make_name(s, L_tmpnam, "/tmp", "tmp.") ? s : nullptr;
}

char* tmpnam(char* s) { return make_name(s ? s : static_name, L_tmpnam, "/tmp", "tmp.") ? (s ? s : static_name) : nullptr; }

char* tempnam(const char* dir, const char* prefix) {
  const char* env = getenv("TMPDIR");
  char prefix_buf[6];
  size_t pl = 0;
  if (prefix)
    for (; prefix[pl] && pl < 5; pl++) prefix_buf[pl] = prefix[pl];
  prefix_buf[pl] = 0;
  const char* candidates[] = {env, dir, "/tmp"};
  for (const char* d : candidates) {
    if (!d || !*d) continue;
    char statbuf[256];
    if (pure::is_error(pure::syscall(__NR_newfstatat, AT_FDCWD, d, statbuf, 0))) continue;
    size_t cap = __builtin_strlen(d) + 1 + pl + 7;
    char* out = static_cast<char*>(malloc(cap));
    if (!out) return nullptr;
    if (make_name(out, cap, d, prefix_buf)) return out;
    free(out);
  }
  return pure::fail(EEXIST, nullptr);
}

}  // extern "C"
