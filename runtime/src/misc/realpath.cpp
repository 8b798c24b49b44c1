// realpath: the canonical absolute name of a file (declared in stdlib.h).
//
// The kernel resolves the name itself: open it with O_PATH (following every symlink, with
// the kernel's errors: ENOENT, ENOTDIR, ELOOP, EACCES...) and read back what
// /proc/self/fd/N says. Without /proc, the name is resolved one component at a time.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "misc/proc_fd.h"
#include "support/errno.h"

namespace pure {
namespace {

// Component-by-component resolution into out (PATH_MAX bytes). Returns 0 or -errno.
long resolve_by_components(const char* path, char* out) {
  char pending[PATH_MAX];  // what is left to walk
  size_t plen = strlen(path);
  if (plen >= sizeof pending) return -ENAMETOOLONG;
  memcpy(pending, path, plen + 1);
  size_t olen;
  if (pending[0] == '/') {
    olen = 0;
  } else {
    long r = syscall(__NR_getcwd, out, PATH_MAX);
    if (is_error(r)) return r;
    if (out[0] != '/') return -ENOENT;
    olen = strlen(out);
    if (olen == 1) olen = 0;  // "/" is written as the empty prefix
  }
  int links = 0;
  size_t pos = 0;
  while (pending[pos]) {
    while (pending[pos] == '/') pos++;
    if (!pending[pos]) break;
    size_t start = pos;
    while (pending[pos] && pending[pos] != '/') pos++;
    size_t clen = pos - start;
    if (clen == 1 && pending[start] == '.') continue;
    if (clen == 2 && pending[start] == '.' && pending[start + 1] == '.') {
      while (olen > 0 && out[olen - 1] != '/') olen--;
      if (olen > 0) olen--;
      continue;
    }
    if (olen + 1 + clen >= PATH_MAX) return -ENAMETOOLONG;
    size_t prev = olen;
    out[olen++] = '/';
    memcpy(out + olen, pending + start, clen);
    olen += clen;
    out[olen] = '\0';
    struct stat st;
    long r = syscall(__NR_newfstatat, AT_FDCWD, out, &st, AT_SYMLINK_NOFOLLOW);
    if (is_error(r)) return r;
    if (S_ISLNK(st.st_mode)) {
      if (++links > SYMLOOP_MAX) return -ELOOP;
      char target[PATH_MAX];
      long n = syscall(__NR_readlinkat, AT_FDCWD, out, target, sizeof target - 1);
      if (is_error(n)) return n;
      size_t rest = strlen(pending + pos);
      if (static_cast<size_t>(n) + rest >= sizeof pending) return -ENAMETOOLONG;
      // pending becomes target + the rest of the walk.
      memmove(pending + n, pending + pos, rest + 1);
      memcpy(pending, target, static_cast<size_t>(n));
      pos = 0;
      olen = target[0] == '/' ? 0 : prev;
      continue;
    }
    // Anything but the last component must be a directory.
    size_t next = pos;
    while (pending[next] == '/') next++;
    if (!S_ISDIR(st.st_mode) && (pending[next] || pending[pos] == '/')) return -ENOTDIR;
  }
  if (olen == 0) out[olen++] = '/';
  out[olen] = '\0';
  return 0;
}

long resolve(const char* path, char* out) {
  long fd = syscall(__NR_openat, AT_FDCWD, path, O_PATH | O_CLOEXEC);
  if (is_error(fd)) return fd;
  ProcFdPath p = proc_fd_path(static_cast<int>(fd));
  long n = syscall(__NR_readlinkat, AT_FDCWD, p.text, out, PATH_MAX);
  syscall(__NR_close, fd);
  if (!is_error(n) && n < PATH_MAX && n > 0 && out[0] == '/') {
    out[n] = '\0';
    return 0;
  }
  if (n >= PATH_MAX) return -ENAMETOOLONG;
  return resolve_by_components(path, out);  // no /proc, or a name the kernel cannot print
}

}  // namespace
}  // namespace pure

extern "C" char* realpath(const char* __restrict path, char* __restrict resolved) {
  if (!path) return pure::fail(EINVAL, static_cast<char*>(nullptr));
  char buf[PATH_MAX];
  long r = pure::resolve(path, buf);
  if (pure::is_error(r)) return pure::fail(static_cast<int>(-r), static_cast<char*>(nullptr));
  if (resolved) {
    memcpy(resolved, buf, strlen(buf) + 1);
    return resolved;
  }
  return strdup(buf);
}
