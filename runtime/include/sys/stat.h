/* sys/stat.h: file status. */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H
#include <features.h>
#include <bits/stat.h>
#include <bits/types/blkcnt_t.h>
#include <bits/types/blksize_t.h>
#include <bits/types/dev_t.h>
#include <bits/types/gid_t.h>
#include <bits/types/ino_t.h>
#include <bits/types/mode_t.h>
#include <bits/types/nlink_t.h>
#include <bits/types/off_t.h>
#include <bits/types/struct_timespec.h>
#include <bits/types/time_t.h>
#include <bits/types/uid_t.h>

/* The pre-2008 names of the time members. */
#define st_atime st_atim.tv_sec
#define st_mtime st_mtim.tv_sec
#define st_ctime st_ctim.tv_sec

#include <bits/mode.h>

#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISCHR(m) (((m) & S_IFMT) == S_IFCHR)
#define S_ISBLK(m) (((m) & S_IFMT) == S_IFBLK)
#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define S_ISFIFO(m) (((m) & S_IFMT) == S_IFIFO)
#define S_ISLNK(m) (((m) & S_IFMT) == S_IFLNK)
#define S_ISSOCK(m) (((m) & S_IFMT) == S_IFSOCK)

/* Linux has no typed memory objects: these never match. */
#define S_TYPEISMQ(buf) 0
#define S_TYPEISSEM(buf) 0
#define S_TYPEISSHM(buf) 0
#define S_TYPEISTMO(buf) 0

#if __PURE_DEFAULT
#define S_IREAD S_IRUSR
#define S_IWRITE S_IWUSR
#define S_IEXEC S_IXUSR
#define ACCESSPERMS (S_IRWXU | S_IRWXG | S_IRWXO)
#define ALLPERMS (S_ISUID | S_ISGID | S_ISVTX | S_IRWXU | S_IRWXG | S_IRWXO)
#define DEFFILEMODE (S_IRUSR | S_IWUSR | S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH)
#define S_BLKSIZE 512
#endif

/* utimensat() special nanosecond values. */
#define UTIME_NOW ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)

#ifndef AT_FDCWD
#define AT_FDCWD -100
#define AT_SYMLINK_NOFOLLOW 0x100
#define AT_EACCESS 0x200
#define AT_REMOVEDIR 0x200
#define AT_SYMLINK_FOLLOW 0x400
#define AT_NO_AUTOMOUNT 0x800
#define AT_EMPTY_PATH 0x1000
#endif

#if __PURE_GNU
/* statx(): the extended, architecture-independent file status. */
#include <bits/types/statx.h>
#endif

__PURE_BEGIN_DECLS

int chmod(const char *__path, mode_t __mode);
int fchmod(int __fd, mode_t __mode);
int fchmodat(int __dirfd, const char *__path, mode_t __mode, int __flags);
int fstat(int __fd, struct stat *__buf);
int fstatat(int __dirfd, const char *__PURE_RESTRICT __path, struct stat *__PURE_RESTRICT __buf, int __flags);
int futimens(int __fd, const struct timespec __times[2]);
int lstat(const char *__PURE_RESTRICT __path, struct stat *__PURE_RESTRICT __buf);
int mkdir(const char *__path, mode_t __mode);
int mkdirat(int __dirfd, const char *__path, mode_t __mode);
int mkfifo(const char *__path, mode_t __mode);
int mkfifoat(int __dirfd, const char *__path, mode_t __mode);
int mknod(const char *__path, mode_t __mode, dev_t __dev);
int mknodat(int __dirfd, const char *__path, mode_t __mode, dev_t __dev);
int stat(const char *__PURE_RESTRICT __path, struct stat *__PURE_RESTRICT __buf);
mode_t umask(mode_t __mask);
int utimensat(int __dirfd, const char *__path, const struct timespec __times[2], int __flags);

#if __PURE_DEFAULT
int lchmod(const char *__path, mode_t __mode);
#endif

#if __PURE_GNU
int statx(int __dirfd, const char *__PURE_RESTRICT __path, int __flags, unsigned int __mask,
          struct statx *__PURE_RESTRICT __buf);
#endif

__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define stat64 stat
#define fstat64 fstat
#define lstat64 lstat
#define fstatat64 fstatat
#endif

#endif
