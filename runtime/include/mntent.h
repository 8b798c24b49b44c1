/* mntent.h: reading and writing file system description files (/etc/fstab, /proc/mounts). */
#ifndef _MNTENT_H
#define _MNTENT_H
#include <features.h>
#include <stdio.h>

#define MNTTAB "/etc/fstab"
#define MOUNTED "/etc/mtab"
#define _PATH_MNTTAB MNTTAB
#define _PATH_MOUNTED MOUNTED

#define MNTTYPE_IGNORE "ignore"
#define MNTTYPE_NFS "nfs"
#define MNTTYPE_SWAP "swap"

#define MNTOPT_DEFAULTS "defaults"
#define MNTOPT_RO "ro"
#define MNTOPT_RW "rw"
#define MNTOPT_SUID "suid"
#define MNTOPT_NOSUID "nosuid"
#define MNTOPT_NOAUTO "noauto"

/* One line: the fields in file order. */
struct mntent {
  char *mnt_fsname;
  char *mnt_dir;
  char *mnt_type;
  char *mnt_opts;
  int mnt_freq;
  int mnt_passno;
};

__PURE_BEGIN_DECLS
FILE *setmntent(const char *__file, const char *__mode);
struct mntent *getmntent(FILE *__stream);
struct mntent *getmntent_r(FILE *__PURE_RESTRICT __stream, struct mntent *__PURE_RESTRICT __entry,
                           char *__PURE_RESTRICT __buf, int __size);
int addmntent(FILE *__PURE_RESTRICT __stream, const struct mntent *__PURE_RESTRICT __entry);
int endmntent(FILE *__stream);
char *hasmntopt(const struct mntent *__entry, const char *__opt);
__PURE_END_DECLS

#endif
