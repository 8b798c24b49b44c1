// statfs, fstatfs (the kernel's view) and the POSIX statvfs, fstatvfs built on them.
#include <stddef.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>

#include <linux/types.h>  // kept global: the kernel header below is read into a namespace

#include "support/errno.h"

#undef statfs64  // the public alias would rename the kernel's own struct statfs64
namespace kernel {
#include <asm/statfs.h>
}
static_assert(sizeof(struct statfs) == sizeof(kernel::statfs), "struct statfs is the kernel's");
static_assert(offsetof(struct statfs, f_fsid) == offsetof(kernel::statfs, f_fsid), "f_fsid");
static_assert(offsetof(struct statfs, f_flags) == offsetof(kernel::statfs, f_flags), "f_flags");

namespace pure {
namespace {

constexpr unsigned long kStatfsValid = 0x0020;  // ST_VALID: f_flags is meaningful

void to_statvfs(const struct statfs& in, struct statvfs* out) {
  *out = {};
  out->f_bsize = static_cast<unsigned long>(in.f_bsize);
  out->f_frsize = static_cast<unsigned long>(in.f_frsize ? in.f_frsize : in.f_bsize);
  out->f_blocks = in.f_blocks;
  out->f_bfree = in.f_bfree;
  out->f_bavail = in.f_bavail;
  out->f_files = in.f_files;
  out->f_ffree = in.f_ffree;
  out->f_favail = in.f_ffree;
  out->f_fsid = static_cast<unsigned int>(in.f_fsid.__val[0]) |
                static_cast<unsigned long>(static_cast<unsigned int>(in.f_fsid.__val[1])) << 32;
  out->f_flag = static_cast<unsigned long>(in.f_flags) & ~kStatfsValid;
  out->f_namemax = static_cast<unsigned long>(in.f_namelen);
}

}  // namespace
}  // namespace pure

extern "C" {

int statfs(const char* path, struct statfs* buf) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_statfs, path, buf)));
}

int fstatfs(int fd, struct statfs* buf) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fstatfs, fd, buf)));
}

int statvfs(const char* __restrict path, struct statvfs* __restrict buf) {
  struct statfs s;
  if (statfs(path, &s) != 0) return -1;
  pure::to_statvfs(s, buf);
  return 0;
}

int fstatvfs(int fd, struct statvfs* buf) {
  struct statfs s;
  if (fstatfs(fd, &s) != 0) return -1;
  pure::to_statvfs(s, buf);
  return 0;
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(statfs, statfs64);
PURE_ALIAS(fstatfs, fstatfs64);
PURE_ALIAS(statvfs, statvfs64);
PURE_ALIAS(fstatvfs, fstatvfs64);
