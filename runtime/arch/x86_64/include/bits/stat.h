/* x86_64 struct stat: the kernel's layout for stat/fstat/newfstatat. */
#ifndef _BITS_STAT_H
#define _BITS_STAT_H
#include <bits/types/blkcnt_t.h>
#include <bits/types/blksize_t.h>
#include <bits/types/dev_t.h>
#include <bits/types/gid_t.h>
#include <bits/types/ino_t.h>
#include <bits/types/mode_t.h>
#include <bits/types/nlink_t.h>
#include <bits/types/off_t.h>
#include <bits/types/struct_timespec.h>
#include <bits/types/uid_t.h>

struct stat {
  dev_t st_dev;
  ino_t st_ino;
  nlink_t st_nlink;
  mode_t st_mode;
  uid_t st_uid;
  gid_t st_gid;
  unsigned int __pad0;
  dev_t st_rdev;
  off_t st_size;
  blksize_t st_blksize;
  blkcnt_t st_blocks;
  struct timespec st_atim;
  struct timespec st_mtim;
  struct timespec st_ctim;
  long __unused[3];
};
#endif
