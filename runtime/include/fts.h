/* fts.h: walking file hierarchies (BSD). */
#ifndef _FTS_H
#define _FTS_H
#include <features.h>
#include <bits/types/dev_t.h>
#include <bits/types/ino_t.h>
#include <bits/types/nlink_t.h>

struct stat;

typedef struct _ftsent {
  struct _ftsent *fts_cycle;  /* for FTS_DC: the ancestor this directory repeats */
  struct _ftsent *fts_parent; /* the directory holding it (level -1 above the roots) */
  struct _ftsent *fts_link;   /* the next entry of the same directory */
  long fts_number;            /* for the caller */
  void *fts_pointer;          /* for the caller */
  char *fts_accpath;          /* a path that reaches the file from the current directory */
  char *fts_path;             /* the path from the root given to fts_open */
  int fts_errno;              /* the error behind FTS_DNR, FTS_ERR and FTS_NS */
  int fts_symfd;
  unsigned short fts_pathlen;
  unsigned short fts_namelen;
  ino_t fts_ino;
  dev_t fts_dev;
  nlink_t fts_nlink;
  short fts_level; /* 0 for the roots */
  unsigned short fts_info; /* FTS_D, FTS_F, ... */
  unsigned short fts_flags;
  unsigned short fts_instr; /* set by fts_set */
  struct stat *fts_statp;
  char fts_name[1]; /* the file name (longer: allocated with the entry) */
} FTSENT;

typedef struct {
  FTSENT *fts_cur;   /* the entry fts_read returned last */
  FTSENT *fts_child; /* the list fts_children built last */
  dev_t fts_dev;     /* the device of the current root, for FTS_XDEV */
  int (*fts_compar)(const FTSENT **, const FTSENT **);
  int fts_options;
  FTSENT *__root_parent;
} FTS;

/* fts_open options. */
#define FTS_COMFOLLOW 0x0001 /* follow symbolic links named as roots */
#define FTS_LOGICAL 0x0002   /* follow every symbolic link */
#define FTS_NOCHDIR 0x0004   /* do not change directory (pure never does) */
#define FTS_NOSTAT 0x0008    /* no stat where the directory entry tells the type */
#define FTS_PHYSICAL 0x0010  /* do not follow symbolic links */
#define FTS_SEEDOT 0x0020    /* return "." and ".." too */
#define FTS_XDEV 0x0040      /* stay on the device of each root */
#define FTS_WHITEOUT 0x0080
#define FTS_OPTIONMASK 0x00ff
#define FTS_NAMEONLY 0x0100  /* fts_children: only the names are needed */
#define FTS_STOP 0x0200

#define FTS_ROOTPARENTLEVEL -1
#define FTS_ROOTLEVEL 0

/* fts_info values. */
#define FTS_D 1       /* a directory, before its contents */
#define FTS_DC 2      /* a directory that closes a cycle */
#define FTS_DEFAULT 3 /* none of the other types */
#define FTS_DNR 4     /* a directory that could not be read */
#define FTS_DOT 5     /* "." or ".." */
#define FTS_DP 6      /* a directory, after its contents */
#define FTS_ERR 7     /* an error (fts_errno) */
#define FTS_F 8       /* a regular file */
#define FTS_INIT 9
#define FTS_NS 10     /* stat failed (fts_errno) */
#define FTS_NSOK 11   /* not stat'ed, as FTS_NOSTAT allowed */
#define FTS_SL 12     /* a symbolic link */
#define FTS_SLNONE 13 /* a symbolic link to nothing */
#define FTS_W 14

/* fts_flags. */
#define FTS_DONTCHDIR 0x01
#define FTS_SYMFOLLOW 0x02

/* fts_set instructions. */
#define FTS_AGAIN 1  /* return this entry again */
#define FTS_FOLLOW 2 /* follow this symbolic link */
#define FTS_NOINSTR 3
#define FTS_SKIP 4   /* do not descend into this directory */

__PURE_BEGIN_DECLS
FTS *fts_open(char *const *__paths, int __options, int (*__compar)(const FTSENT **, const FTSENT **));
FTSENT *fts_read(FTS *__fts);
FTSENT *fts_children(FTS *__fts, int __options);
int fts_set(FTS *__fts, FTSENT *__entry, int __instr);
int fts_close(FTS *__fts);
__PURE_END_DECLS

#endif
