/* The LFS64 interface as glibc and musl programs use it: with _LARGEFILE64_SOURCE the
   *64 types and functions are there (off_t is already 64-bit, so they are the plain
   ones), and the *64 symbols exist for code that names them directly. */
#define _LARGEFILE64_SOURCE 1
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <unistd.h>
#include "../check.h"

/* The symbols themselves, bypassing the header macros. */
extern int open64_sym(const char *, int, ...) __asm__("open64");
extern off_t lseek64_sym(int, off_t, int) __asm__("lseek64");
extern int fstat64_sym(int, struct stat *) __asm__("fstat64");
extern FILE *fopen64_sym(const char *, const char *) __asm__("fopen64");
extern struct dirent *readdir64_sym(DIR *) __asm__("readdir64");
extern void *mmap64_sym(void *, size_t, int, int, int, off_t) __asm__("mmap64");
extern int getrlimit64_sym(int, struct rlimit *) __asm__("getrlimit64");
extern int mkstemp64_sym(char *) __asm__("mkstemp64");

static int entries;
static int count(const char *path, const struct stat64 *st, int type, struct FTW *f) {
  entries++;
  return 0;
}

int main(void) {
  off64_t big = (off64_t)1 << 40;
  CHECK_INT(sizeof(off64_t), 8);
  CHECK_INT(sizeof(ino64_t), sizeof(ino_t));

  int fd = open64("lfs_file", O_RDWR | O_CREAT | O_TRUNC, 0600);
  CHECK(fd >= 0);
  /* A sparse file beyond 4 GiB, as LFS is for. */
  CHECK_INT(ftruncate64(fd, big), 0);
  struct stat64 st;
  CHECK_INT(fstat64(fd, &st), 0);
  CHECK_INT(st.st_size, big);
  CHECK_INT(lseek64(fd, big - 2, SEEK_SET), big - 2);
  CHECK_INT(pwrite64(fd, "xy", 2, big - 2), 2);
  char buf[2];
  CHECK_INT(pread64(fd, buf, 2, big - 2), 2);
  CHECK(memcmp(buf, "xy", 2) == 0);
  CHECK_INT(stat64("lfs_file", &st), 0);
  CHECK_INT(lstat64("lfs_file", &st), 0);
  CHECK_INT(fstatat64(AT_FDCWD, "lfs_file", &st, 0), 0);
  CHECK_INT(st.st_size, big);
  CHECK_INT(truncate64("lfs_file", 4096), 0);
  struct statfs64 sfs;
  struct statvfs64 svfs;
  CHECK_INT(statfs64(".", &sfs), 0);
  CHECK_INT(statvfs64(".", &svfs), 0);
  void *m = mmap64(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
  CHECK(m != MAP_FAILED);
  munmap(m, 4096);
  close(fd);

  FILE *f = fopen64("lfs_file", "r+");
  CHECK(f != NULL);
  CHECK_INT(fseeko64(f, 100, SEEK_SET), 0);
  CHECK_INT(ftello64(f), 100);
  fpos64_t pos;
  CHECK_INT(fgetpos64(f, &pos), 0);
  CHECK_INT(fsetpos64(f, &pos), 0);
  fclose(f);

  struct rlimit64 rl;
  CHECK_INT(getrlimit64(RLIMIT_NOFILE, &rl), 0);
  CHECK(rl.rlim_cur <= rl.rlim_max || rl.rlim_max == RLIM64_INFINITY);

  DIR *d = opendir(".");
  CHECK(d != NULL);
  int seen = 0;
  struct dirent64 *e;
  while ((e = readdir64(d)) != NULL) seen += strcmp(e->d_name, "lfs_file") == 0;
  CHECK_INT(seen, 1);
  closedir(d);

  glob64_t g;
  CHECK_INT(glob64("lfs_*", 0, NULL, &g), 0);
  CHECK_INT(g.gl_pathc, 1);
  globfree64(&g);
  CHECK_INT(nftw64(".", count, 4, FTW_PHYS), 0);
  CHECK(entries >= 2);

  char name[] = "lfs_tmpXXXXXX";
  int t = mkstemp64(name);
  CHECK(t >= 0);
  close(t);
  unlink(name);

  /* The symbols. */
  fd = open64_sym("lfs_file", O_RDONLY);
  CHECK(fd >= 0);
  CHECK_INT(lseek64_sym(fd, 10, SEEK_SET), 10);
  struct stat st2;
  CHECK_INT(fstat64_sym(fd, &st2), 0);
  CHECK_INT(st2.st_size, 4096);
  void *m2 = mmap64_sym(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
  CHECK(m2 != MAP_FAILED);
  munmap(m2, 4096);
  close(fd);
  f = fopen64_sym("lfs_file", "r");
  CHECK(f != NULL);
  fclose(f);
  d = opendir(".");
  CHECK(readdir64_sym(d) != NULL);
  closedir(d);
  struct rlimit r2;
  CHECK_INT(getrlimit64_sym(RLIMIT_NOFILE, &r2), 0);
  CHECK(r2.rlim_cur == rl.rlim_cur);
  char name2[] = "lfs_tmpXXXXXX";
  t = mkstemp64_sym(name2);
  CHECK(t >= 0);
  close(t);
  unlink(name2);
  unlink("lfs_file");
  return check_done();
}
