/* aarch64 struct stat: the kernel's generic layout for fstat/newfstatat. */
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
  mode_t st_mode;
  nlink_t st_nlink;
  uid_t st_uid;
  gid_t st_gid;
  dev_t st_rdev;
  unsigned long __pad1;
  off_t st_size;
  blksize_t st_blksize;
  int __pad2;
  blkcnt_t st_blocks;
  struct timespec st_atim;
  struct timespec st_mtim;
  struct timespec st_ctim;
  unsigned int __unused[2];
};
#endif
