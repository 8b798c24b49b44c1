// Compile-time proof that the public struct stat (bits/stat.h) is the kernel's layout, so
// stat() can hand the caller's buffer straight to the system call. No code.
#include <stddef.h>
#include <bits/stat.h>
#include <linux/types.h>  // outside the namespace below, so the kernel types stay global

namespace kernel {
#include <asm/stat.h>
}

#define PURE_SAME_FIELD(ours, theirs)                                              \
  static_assert(offsetof(::stat, ours) == offsetof(kernel::stat, theirs), #ours); \
  static_assert(sizeof(::stat::ours) == sizeof(kernel::stat::theirs), #ours)

PURE_SAME_FIELD(st_dev, st_dev);
PURE_SAME_FIELD(st_ino, st_ino);
PURE_SAME_FIELD(st_nlink, st_nlink);
PURE_SAME_FIELD(st_mode, st_mode);
PURE_SAME_FIELD(st_uid, st_uid);
PURE_SAME_FIELD(st_gid, st_gid);
PURE_SAME_FIELD(st_rdev, st_rdev);
PURE_SAME_FIELD(st_size, st_size);
PURE_SAME_FIELD(st_blksize, st_blksize);
PURE_SAME_FIELD(st_blocks, st_blocks);
PURE_SAME_FIELD(st_atim.tv_sec, st_atime);
PURE_SAME_FIELD(st_atim.tv_nsec, st_atime_nsec);
PURE_SAME_FIELD(st_mtim.tv_sec, st_mtime);
PURE_SAME_FIELD(st_mtim.tv_nsec, st_mtime_nsec);
PURE_SAME_FIELD(st_ctim.tv_sec, st_ctime);
PURE_SAME_FIELD(st_ctim.tv_nsec, st_ctime_nsec);
static_assert(sizeof(::stat) == sizeof(kernel::stat), "struct stat size");
