// Extended attributes: the set/get/list/remove families, each by path, by path without
// following a final symlink, and by descriptor.
#include <sys/xattr.h>

#include "support/errno.h"

extern "C" {

int setxattr(const char* path, const char* name, const void* value, size_t size, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_setxattr, path, name, value, size, flags)));
}
int lsetxattr(const char* path, const char* name, const void* value, size_t size, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_lsetxattr, path, name, value, size, flags)));
}
int fsetxattr(int fd, const char* name, const void* value, size_t size, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fsetxattr, fd, name, value, size, flags)));
}

ssize_t getxattr(const char* path, const char* name, void* value, size_t size) {
  return pure::to_errno(pure::syscall(__NR_getxattr, path, name, value, size));
}
ssize_t lgetxattr(const char* path, const char* name, void* value, size_t size) {
  return pure::to_errno(pure::syscall(__NR_lgetxattr, path, name, value, size));
}
ssize_t fgetxattr(int fd, const char* name, void* value, size_t size) {
  return pure::to_errno(pure::syscall(__NR_fgetxattr, fd, name, value, size));
}

ssize_t listxattr(const char* path, char* list, size_t size) {
  return pure::to_errno(pure::syscall(__NR_listxattr, path, list, size));
}
ssize_t llistxattr(const char* path, char* list, size_t size) {
  return pure::to_errno(pure::syscall(__NR_llistxattr, path, list, size));
}
ssize_t flistxattr(int fd, char* list, size_t size) {
  return pure::to_errno(pure::syscall(__NR_flistxattr, fd, list, size));
}

int removexattr(const char* path, const char* name) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_removexattr, path, name)));
}
int lremovexattr(const char* path, const char* name) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_lremovexattr, path, name)));
}
int fremovexattr(int fd, const char* name) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fremovexattr, fd, name)));
}

}  // extern "C"
