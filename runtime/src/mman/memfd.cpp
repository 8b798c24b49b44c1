// memfd_create, and the POSIX shared memory objects shm_open/shm_unlink, which Linux keeps
// as files in /dev/shm.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/mman.h>

#include "support/errno.h"

namespace pure {
namespace {

// "/name" (one leading slash optional, none elsewhere) becomes "/dev/shm/name".
bool shm_path(const char* name, char (&out)[NAME_MAX + 10]) {
  while (*name == '/') name++;
  size_t n = strlen(name);
  if (n == 0 || n > NAME_MAX || strchr(name, '/') || !strcmp(name, ".") || !strcmp(name, "..")) {
    errno = n > NAME_MAX ? ENAMETOOLONG : EINVAL;
    return false;
  }
  memcpy(out, "/dev/shm/", 9);
  memcpy(out + 9, name, n + 1);
  return true;
}

}  // namespace
}  // namespace pure

extern "C" {

int memfd_create(const char* name, unsigned int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_memfd_create, name, flags)));
}

int shm_open(const char* name, int oflag, mode_t mode) {
  char path[NAME_MAX + 10];
  if (!pure::shm_path(name, path)) return -1;
  return static_cast<int>(pure::to_errno(
      pure::syscall(__NR_openat, AT_FDCWD, path, oflag | O_NOFOLLOW | O_CLOEXEC, mode)));
}

int shm_unlink(const char* name) {
  char path[NAME_MAX + 10];
  if (!pure::shm_path(name, path)) return -1;
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_unlinkat, AT_FDCWD, path, 0)));
}

}  // extern "C"
