// setutent, getutent(_r), getutid(_r), getutline(_r), pututline, endutent, utmpname: a
// cursor over the utmp file (default _PATH_UTMP), opened read-write when allowed.
#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include <utmp.h>

#include "support/errno.h"
#include "support/syscall.h"
#include "utmp/utmp_file.h"

namespace pure::utmp {
namespace {

constinit int file_fd = -1;
constinit bool writable = false;
constinit char file_name[PATH_MAX] = _PATH_UTMP;
constinit struct utmp result = {};  // what the non-_r functions return

bool open_file() {
  if (file_fd >= 0) return true;
  long fd = syscall(__NR_openat, AT_FDCWD, file_name, O_RDWR | O_CLOEXEC, 0);
  writable = fd >= 0;
  if (fd < 0) fd = syscall(__NR_openat, AT_FDCWD, file_name, O_RDONLY | O_CLOEXEC, 0);
  if (is_error(fd)) {
    errno = static_cast<int>(-fd);
    return false;
  }
  file_fd = static_cast<int>(fd);
  return true;
}

void close_file() {
  if (file_fd >= 0) syscall(__NR_close, file_fd);
  file_fd = -1;
}

bool is_process_type(short t) {
  return t == INIT_PROCESS || t == LOGIN_PROCESS || t == USER_PROCESS || t == DEAD_PROCESS;
}

// The non-_r search functions return their static record; a failed search gives ESRCH
// like a read past the end.
struct utmp* search(const struct utmp* key, bool (*match)(const struct utmp*, const struct utmp*)) {
  if (!open_file()) return nullptr;
  return find(key, match, &result);
}

}  // namespace

long lock_file(int fd, short type) {
  struct flock lk = {};
  lk.l_type = type;
  lk.l_whence = SEEK_SET;
  long r;
  do r = syscall(__NR_fcntl, fd, F_SETLKW, &lk);
  while (r == -EINTR);
  return r;
}

bool read_next(struct utmp* out) {
  if (!open_file()) return false;
  lock_file(file_fd, F_RDLCK);
  long n;
  do n = syscall(__NR_read, file_fd, out, sizeof *out);
  while (n == -EINTR);
  lock_file(file_fd, F_UNLCK);
  if (is_error(n)) {
    errno = static_cast<int>(-n);
    return false;
  }
  if (static_cast<size_t>(n) == sizeof *out) return true;
  // A partial record at the end is someone else's write in progress or garbage: skip it.
  if (n > 0) syscall(__NR_lseek, file_fd, -n, SEEK_CUR);
  errno = ESRCH;
  return false;
}

// getutid: the run-level and clock records match by type; the process records match any
// process record with the same ut_id.
bool same_id(const struct utmp* key, const struct utmp* u) {
  if (key->ut_type == RUN_LVL || key->ut_type == BOOT_TIME || key->ut_type == NEW_TIME ||
      key->ut_type == OLD_TIME)
    return u->ut_type == key->ut_type;
  if (is_process_type(key->ut_type))
    return is_process_type(u->ut_type) && strncmp(u->ut_id, key->ut_id, sizeof u->ut_id) == 0;
  return false;
}

bool same_line(const struct utmp* key, const struct utmp* u) {
  return (u->ut_type == USER_PROCESS || u->ut_type == LOGIN_PROCESS) &&
         strncmp(u->ut_line, key->ut_line, sizeof u->ut_line) == 0;
}

struct utmp* find(const struct utmp* key, bool (*match)(const struct utmp*, const struct utmp*),
                  struct utmp* buf) {
  while (read_next(buf))
    if (match(key, buf)) return buf;
  return nullptr;
}

}  // namespace pure::utmp

using namespace pure::utmp;

extern "C" {

void setutent(void) {
  if (open_file()) pure::syscall(__NR_lseek, file_fd, 0, SEEK_SET);
}

void endutent(void) { close_file(); }

int utmpname(const char* file) {
  size_t n = strlen(file);
  if (n >= sizeof file_name) return pure::fail(ENAMETOOLONG, -1);
  close_file();
  memcpy(file_name, file, n + 1);
  return 0;
}

struct utmp* getutent(void) { return read_next(&result) ? &result : nullptr; }

int getutent_r(struct utmp* buf, struct utmp** out) {
  *out = read_next(buf) ? buf : nullptr;
  return *out ? 0 : -1;
}

struct utmp* getutid(const struct utmp* id) {
  if (!is_process_type(id->ut_type) && (id->ut_type < RUN_LVL || id->ut_type > OLD_TIME))
    return pure::fail(EINVAL, static_cast<struct utmp*>(nullptr));
  return search(id, same_id);
}

int getutid_r(const struct utmp* id, struct utmp* buf, struct utmp** out) {
  *out = getutid(id);
  if (!*out) return -1;
  *buf = **out;
  *out = buf;
  return 0;
}

struct utmp* getutline(const struct utmp* line) { return search(line, same_line); }

int getutline_r(const struct utmp* line, struct utmp* buf, struct utmp** out) {
  *out = getutline(line);
  if (!*out) return -1;
  *buf = **out;
  *out = buf;
  return 0;
}

// Overwrites the record getutid would find (searching the whole file, under the write
// lock so two writers cannot both append), else appends.
struct utmp* pututline(const struct utmp* entry) {
  if (!open_file()) return nullptr;
  if (!writable) return pure::fail(EACCES, static_cast<struct utmp*>(nullptr));
  struct utmp copy = *entry;  // entry may be the static result, which the search reuses
  long r = lock_file(file_fd, F_WRLCK);
  if (pure::is_error(r)) return pure::fail(static_cast<int>(-r), static_cast<struct utmp*>(nullptr));
  long off = -1;
  struct utmp rec;
  pure::syscall(__NR_lseek, file_fd, 0, SEEK_SET);
  for (long pos = 0;; pos += sizeof rec) {
    long n = pure::syscall(__NR_pread64, file_fd, &rec, sizeof rec, pos);
    if (n != static_cast<long>(sizeof rec)) break;
    if (same_id(&copy, &rec)) {
      off = pos;
      break;
    }
  }
  if (off < 0) {
    long end = pure::syscall(__NR_lseek, file_fd, 0, SEEK_END);
    off = end - end % static_cast<long>(sizeof rec);  // never append after a torn record
  }
  long n = pure::syscall(__NR_pwrite64, file_fd, &copy, sizeof copy, off);
  lock_file(file_fd, F_UNLCK);
  if (n != static_cast<long>(sizeof copy))
    return pure::fail(pure::is_error(n) ? static_cast<int>(-n) : EIO, static_cast<struct utmp*>(nullptr));
  pure::syscall(__NR_lseek, file_fd, off + static_cast<long>(sizeof copy), SEEK_SET);
  result = copy;
  return &result;
}

}  // extern "C"
