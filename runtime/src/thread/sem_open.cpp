// Named semaphores: sem_open, sem_close, sem_unlink. A named semaphore is a file of one
// sem_t in /dev/shm ("sem." + name), mapped shared. A new one is written in full under a
// temporary name and then linked into place, so no process ever maps a half-made one.
// Opening a name again returns the same address (POSIX), so the mappings are counted.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <semaphore.h>
#include <stdarg.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "support/errno.h"
#include "support/lock.h"
#include "support/syscall.h"

namespace pure {
namespace {

constexpr char kDir[] = "/dev/shm/sem.";
constexpr size_t kDirLen = sizeof kDir - 1;

struct Open {
  sem_t* sem;  // null: a free entry
  unsigned long dev, ino;
  int refs;
};
constinit Lock table_lock;
constinit Open table[SEM_NSEMS_MAX] = {};

// "/dev/shm/sem.<name>"; POSIX names are "/name" (the slash is optional here) and no
// further slash.
long make_path(const char* name, char (&path)[kDirLen + NAME_MAX + 1]) {
  while (*name == '/') name++;
  size_t n = 0;
  while (name[n]) {
    if (name[n] == '/') return -EINVAL;
    n++;
  }
  if (n == 0) return -EINVAL;
  if (n > NAME_MAX - 4) return -ENAMETOOLONG;  // "sem." + name is one file name
  __builtin_memcpy(path, kDir, kDirLen);
  __builtin_memcpy(path + kDirLen, name, n + 1);
  return 0;
}

// Creates the file under a temporary name, initialised, and links it to `path`.
// Returns the open descriptor, or -EEXIST when `path` exists, or another -errno.
long create(const char* path, mode_t mode, unsigned value) {
  char tmp[kDirLen + 32];
  __builtin_memcpy(tmp, kDir, kDirLen);
  long fd = -EEXIST;
  for (int attempt = 0; attempt < 100 && fd == -EEXIST; attempt++) {
    unsigned long bits = 0;
    syscall(__NR_getrandom, &bits, sizeof bits, 0);
    bits ^= static_cast<unsigned long>(syscall(__NR_gettid)) << 20 ^ static_cast<unsigned long>(attempt);
    char* p = tmp + kDirLen;
    *p++ = '.';  // "sem..<16 random hexadecimal digits>"
    for (int i = 0; i < 16; i++) *p++ = "0123456789abcdef"[(bits >> (4 * i)) & 15];
    *p = 0;
    fd = syscall(__NR_openat, AT_FDCWD, tmp, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
  }
  if (is_error(fd)) return fd;
  sem_t init;
  sem_init(&init, 1, value);
  long r = syscall(__NR_write, fd, &init, sizeof init);
  if (r == static_cast<long>(sizeof init)) r = syscall(__NR_linkat, AT_FDCWD, tmp, AT_FDCWD, path, 0);
  else if (!is_error(r)) r = -ENOSPC;
  syscall(__NR_unlinkat, AT_FDCWD, tmp, 0);
  if (is_error(r)) {
    syscall(__NR_close, fd);
    return r;
  }
  return fd;
}

long open_sem(const char* name, int oflag, mode_t mode, unsigned value, sem_t** out) {
  char path[kDirLen + NAME_MAX + 1];
  if (long r = make_path(name, path)) return r;
  if ((oflag & O_CREAT) && value > SEM_VALUE_MAX) return -EINVAL;
  long fd;
  for (;;) {
    if (!((oflag & O_CREAT) && (oflag & O_EXCL))) {
      fd = syscall(__NR_openat, AT_FDCWD, path, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
      if (!is_error(fd) || fd != -ENOENT || !(oflag & O_CREAT)) break;
    }
    fd = create(path, mode, value);
    if (fd != -EEXIST || (oflag & O_EXCL)) break;
    // Someone else created it meanwhile: open theirs.
  }
  if (is_error(fd)) return fd;
  struct stat st;
  long r = syscall(__NR_fstat, fd, &st);
  if (!is_error(r) && st.st_size != static_cast<off_t>(sizeof(sem_t))) r = -EINVAL;  // not a semaphore
  if (is_error(r)) {
    syscall(__NR_close, fd);
    return r;
  }
  LockGuard guard(table_lock);
  Open* slot = nullptr;
  for (Open& o : table) {
    if (o.sem && o.dev == st.st_dev && o.ino == st.st_ino) {
      o.refs++;
      syscall(__NR_close, fd);
      *out = o.sem;
      return 0;
    }
    if (!o.sem && !slot) slot = &o;
  }
  if (!slot) r = -EMFILE;
  else r = syscall(__NR_mmap, nullptr, sizeof(sem_t), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  syscall(__NR_close, fd);
  if (is_error(r)) return r;
  *slot = {reinterpret_cast<sem_t*>(r), st.st_dev, st.st_ino, 1};
  *out = slot->sem;
  return 0;
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

sem_t* sem_open(const char* name, int oflag, ...) {
  mode_t mode = 0;
  unsigned value = 0;
  if (oflag & O_CREAT) {
    va_list ap;
    va_start(ap, oflag);
    mode = va_arg(ap, mode_t);
    value = va_arg(ap, unsigned);
    va_end(ap);
  }
  sem_t* sem = SEM_FAILED;
  long r = open_sem(name, oflag, mode, value, &sem);
  if (is_error(r)) return fail(static_cast<int>(-r), SEM_FAILED);
  return sem;
}

int sem_close(sem_t* sem) {
  LockGuard guard(table_lock);
  for (Open& o : table) {
    if (o.sem != sem || !sem) continue;
    if (--o.refs == 0) {
      syscall(__NR_munmap, sem, sizeof(sem_t));
      o.sem = nullptr;
    }
    return 0;
  }
  return fail(EINVAL, -1);
}

int sem_unlink(const char* name) {
  char path[kDirLen + NAME_MAX + 1];
  long r = make_path(name, path);
  if (r == 0) r = syscall(__NR_unlinkat, AT_FDCWD, path, 0);
  return static_cast<int>(to_errno(r));
}

}  // extern "C"
