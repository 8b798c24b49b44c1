// pathconf and fpathconf: limits that Linux fixes per file system type.
#include <errno.h>
#include <limits.h>
#include <sys/statfs.h>
#include <unistd.h>

#include "support/errno.h"

namespace pure {
namespace {

// Answers from statfs where the file system says (name length), the kernel constants
// otherwise. Options Linux always supports report 1; indeterminate limits report -1.
long pathconf_for(long statfs_result, const struct statfs& fs, int name) {
  if (is_error(statfs_result)) return fail(static_cast<int>(-statfs_result), -1L);
  switch (name) {
    case _PC_LINK_MAX: return LINK_MAX;
    case _PC_MAX_CANON: return MAX_CANON;
    case _PC_MAX_INPUT: return MAX_INPUT;
    case _PC_NAME_MAX: return fs.f_namelen > 0 ? fs.f_namelen : NAME_MAX;
    case _PC_PATH_MAX: return PATH_MAX;
    case _PC_PIPE_BUF: return PIPE_BUF;
    case _PC_CHOWN_RESTRICTED: return 1;
    case _PC_NO_TRUNC: return 1;
    case _PC_VDISABLE: return 0;
    case _PC_SYNC_IO: return 1;
    case _PC_ASYNC_IO: return -1;
    case _PC_PRIO_IO: return -1;
    case _PC_FILESIZEBITS: return 64;
    case _PC_REC_INCR_XFER_SIZE: return fs.f_bsize;
    case _PC_REC_MAX_XFER_SIZE: return -1;
    case _PC_REC_MIN_XFER_SIZE: return fs.f_bsize;
    case _PC_REC_XFER_ALIGN: return fs.f_bsize;
    case _PC_ALLOC_SIZE_MIN: return fs.f_frsize ? fs.f_frsize : fs.f_bsize;
    case _PC_SYMLINK_MAX: return -1;
    case _PC_2_SYMLINKS: return 1;
    case _PC_TIMESTAMP_RESOLUTION: return 1;  // nanoseconds
    default: return fail(EINVAL, -1L);
  }
}

}  // namespace
}  // namespace pure

extern "C" {

long pathconf(const char* path, int name) {
  struct statfs fs;
  return pure::pathconf_for(pure::syscall(__NR_statfs, path, &fs), fs, name);
}

long fpathconf(int fd, int name) {
  struct statfs fs;
  return pure::pathconf_for(pure::syscall(__NR_fstatfs, fd, &fs), fs, name);
}

}  // extern "C"
