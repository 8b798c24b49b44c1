/* ftw.h: file tree walks. */
#ifndef _FTW_H
#define _FTW_H
#include <features.h>
#include <sys/stat.h>

/* Type of the object handed to the callback. */
#define FTW_F 0   /* regular file (or anything that is not a directory) */
#define FTW_D 1   /* directory, reported before its contents */
#define FTW_DNR 2 /* directory that cannot be read */
#define FTW_NS 3  /* stat failed */
#define FTW_SL 4  /* symbolic link (nftw with FTW_PHYS) */
#define FTW_DP 5  /* directory, reported after its contents (FTW_DEPTH) */
#define FTW_SLN 6 /* symbolic link to a nonexistent file */

/* nftw flags. */
#define FTW_PHYS 1  /* do not follow symbolic links */
#define FTW_MOUNT 2 /* stay on the file system of the starting path */
#define FTW_CHDIR 4 /* chdir to each directory before handling its contents */
#define FTW_DEPTH 8 /* report directories after their contents */

struct FTW {
  int base;  /* offset of the file name within the path */
  int level; /* depth below the starting path (which is level 0) */
};

__PURE_BEGIN_DECLS

int ftw(const char *__path, int (*__fn)(const char *, const struct stat *, int), int __nopenfd);
int nftw(const char *__path, int (*__fn)(const char *, const struct stat *, int, struct FTW *),
         int __nopenfd, int __flags);

__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define ftw64 ftw
#define nftw64 nftw
#endif

#endif
