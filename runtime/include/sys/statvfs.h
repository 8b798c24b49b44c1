/* sys/statvfs.h: file system information. */
#ifndef _SYS_STATVFS_H
#define _SYS_STATVFS_H
#include <features.h>
#include <bits/types/fsblkcnt_t.h>
#include <bits/types/fsfilcnt_t.h>

struct statvfs {
  unsigned long f_bsize;
  unsigned long f_frsize;
  fsblkcnt_t f_blocks;
  fsblkcnt_t f_bfree;
  fsblkcnt_t f_bavail;
  fsfilcnt_t f_files;
  fsfilcnt_t f_ffree;
  fsfilcnt_t f_favail;
  unsigned long f_fsid;
  unsigned long f_flag;
  unsigned long f_namemax;
  int __reserved[6];
};

/* f_flag bits (the kernel reports the same values in statfs's f_flags). */
#define ST_RDONLY 1
#define ST_NOSUID 2
#if __PURE_GNU || __PURE_DEFAULT
#define ST_NODEV 4
#define ST_NOEXEC 8
#define ST_SYNCHRONOUS 16
#define ST_MANDLOCK 64
#define ST_WRITE 128
#define ST_APPEND 256
#define ST_IMMUTABLE 512
#define ST_NOATIME 1024
#define ST_NODIRATIME 2048
#define ST_RELATIME 4096
#endif

__PURE_BEGIN_DECLS
int fstatvfs(int __fd, struct statvfs *__buf);
int statvfs(const char *__PURE_RESTRICT __path, struct statvfs *__PURE_RESTRICT __buf);
#if __PURE_GNU
#endif
__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define statvfs64 statvfs
#define fstatvfs64 fstatvfs
#endif

#endif
