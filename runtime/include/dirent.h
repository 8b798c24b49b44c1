/* dirent.h: directory streams. */
#ifndef _DIRENT_H
#define _DIRENT_H
#include <features.h>
#include <bits/types/ino_t.h>
#include <bits/types/off_t.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>

typedef struct __pure_dir DIR;

/* The kernel's linux_dirent64 layout, so entries can be handed out in place. */
struct dirent {
  ino_t d_ino;
  off_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[256];
};

#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12
#define DT_WHT 14

#if __PURE_DEFAULT
#define IFTODT(mode) (((mode) & 0170000) >> 12)
#define DTTOIF(type) ((type) << 12)
#define _DIRENT_HAVE_D_RECLEN 1
#define _DIRENT_HAVE_D_OFF 1
#define _DIRENT_HAVE_D_TYPE 1
#endif

__PURE_BEGIN_DECLS

int alphasort(const struct dirent **__a, const struct dirent **__b);
int closedir(DIR *__dir);
int dirfd(DIR *__dir);
DIR *fdopendir(int __fd);
DIR *opendir(const char *__path);
struct dirent *readdir(DIR *__dir);
int readdir_r(DIR *__PURE_RESTRICT __dir, struct dirent *__PURE_RESTRICT __entry,
              struct dirent **__PURE_RESTRICT __result);
void rewinddir(DIR *__dir);
int scandir(const char *__path, struct dirent ***__namelist, int (*__filter)(const struct dirent *),
            int (*__compare)(const struct dirent **, const struct dirent **));
void seekdir(DIR *__dir, long __loc);
long telldir(DIR *__dir);

#if __PURE_GNU
int versionsort(const struct dirent **__a, const struct dirent **__b);
int scandirat(int __dirfd, const char *__path, struct dirent ***__namelist,
              int (*__filter)(const struct dirent *),
              int (*__compare)(const struct dirent **, const struct dirent **));
ssize_t getdents64(int __fd, void *__buf, size_t __len);
int getdents(int __fd, struct dirent *__buf, size_t __len);
#define versionsort64 versionsort
#endif

__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define dirent64 dirent
#define readdir64 readdir
#define readdir64_r readdir_r
#define scandir64 scandir
#define alphasort64 alphasort
#endif

#endif
