// getcwd (with the common extension: a null buffer is allocated) and get_current_dir_name.
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/errno.h"

namespace pure {

// The kernel returns the length including the NUL; a path that is not reachable from the
// root (after chroot or when unlinked) comes back as "(unreachable)..." and is refused with
// ENOENT, since callers expect an absolute path.
long getcwd(char* buf, size_t size) {
  long r = syscall(__NR_getcwd, buf, size);
  if (is_error(r)) return r;
  if (r == 0 || buf[0] != '/') return -ENOENT;
  return r;
}

}  // namespace pure

extern "C" {

char* getcwd(char* buf, size_t size) {
  if (buf) {
    if (size == 0) return pure::fail(EINVAL, static_cast<char*>(nullptr));
    long r = pure::getcwd(buf, size);
    if (pure::is_error(r)) return pure::fail(static_cast<int>(-r), static_cast<char*>(nullptr));
    return buf;
  }
  char tmp[PATH_MAX];
  long r = pure::getcwd(tmp, sizeof tmp);
  if (pure::is_error(r)) return pure::fail(static_cast<int>(-r), static_cast<char*>(nullptr));
  size_t need = static_cast<size_t>(r);
  if (size != 0 && size < need) return pure::fail(ERANGE, static_cast<char*>(nullptr));
  char* out = static_cast<char*>(malloc(size ? size : need));
  if (!out) return nullptr;  // malloc set ENOMEM
  memcpy(out, tmp, need);
  return out;
}

char* get_current_dir_name(void) {
  // $PWD is preferred when it names the current directory, keeping the user's symlinks.
  const char* pwd = getenv("PWD");
  struct stat a, b;
  if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 && a.st_dev == b.st_dev &&
      a.st_ino == b.st_ino)
    return strdup(pwd);
  return getcwd(nullptr, 0);
}

}  // extern "C"
