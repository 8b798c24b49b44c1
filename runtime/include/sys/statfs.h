/* sys/statfs.h: Linux file system statistics (the kernel's 64-bit struct statfs). */
#ifndef _SYS_STATFS_H
#define _SYS_STATFS_H
#include <features.h>
#include <bits/types/fsblkcnt_t.h>
#include <bits/types/fsfilcnt_t.h>

typedef struct {
  int __val[2];
} fsid_t;

struct statfs {
  long f_type;
  long f_bsize;
  fsblkcnt_t f_blocks;
  fsblkcnt_t f_bfree;
  fsblkcnt_t f_bavail;
  fsfilcnt_t f_files;
  fsfilcnt_t f_ffree;
  fsid_t f_fsid;
  long f_namelen;
  long f_frsize;
  long f_flags;
  long f_spare[4];
};

__PURE_BEGIN_DECLS
int statfs(const char *__path, struct statfs *__buf);
int fstatfs(int __fd, struct statfs *__buf);
__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define statfs64 statfs
#define fstatfs64 fstatfs
#endif

#endif
