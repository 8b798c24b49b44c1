// updwtmp: append one record to a wtmp file, under its lock; a torn record left by a
// failed writer is cut off first so the file stays a whole number of records.
#include <fcntl.h>
#include <utmp.h>

#include "support/syscall.h"
#include "utmp/utmp_file.h"

extern "C" void updwtmp(const char* file, const struct utmp* entry) {
  long fd = pure::syscall(__NR_openat, AT_FDCWD, file, O_WRONLY | O_CLOEXEC, 0);
  if (pure::is_error(fd)) return;  // no wtmp file means no accounting, as for login(1)
  if (!pure::is_error(pure::utmp::lock_file(static_cast<int>(fd), F_WRLCK))) {
    long end = pure::syscall(__NR_lseek, fd, 0, SEEK_END);
    long whole = end - end % static_cast<long>(sizeof *entry);
    if (end >= 0 && pure::syscall(__NR_pwrite64, fd, entry, sizeof *entry, whole) != static_cast<long>(sizeof *entry))
      pure::syscall(__NR_ftruncate, fd, whole);
    pure::utmp::lock_file(static_cast<int>(fd), F_UNLCK);
  }
  pure::syscall(__NR_close, fd);
}
