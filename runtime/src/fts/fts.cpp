// fts: a file hierarchy walk the caller drives one entry at a time. Every entry carries its
// whole path and the walk never changes the working directory (as if FTS_NOCHDIR were
// always given), so fts_accpath is fts_path and nothing depends on where the process is.
// Directories are read completely and closed before their entries are returned.
#include <dirent.h>
#include <errno.h>
#include <fts.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "support/errno.h"

namespace pure {
namespace {

// One allocation per entry: the FTSENT with its name, then its struct stat and its path.
FTSENT* make_entry(const FTSENT* parent, const char* name, size_t name_len) {
  size_t dir_len = 0;
  if (parent && parent->fts_level >= FTS_ROOTLEVEL) {
    dir_len = strlen(parent->fts_path);
    if (dir_len > 0 && parent->fts_path[dir_len - 1] == '/') dir_len--;  // "a/" + "b" is "a/b"
  }
  size_t path_len = parent && parent->fts_level >= FTS_ROOTLEVEL ? dir_len + 1 + name_len : name_len;
  size_t stat_at = (sizeof(FTSENT) + name_len + alignof(struct stat) - 1) & ~(alignof(struct stat) - 1);
  size_t path_at = stat_at + sizeof(struct stat);
  auto* block = static_cast<char*>(calloc(1, path_at + path_len + 1));
  if (!block) return nullptr;
  auto* p = reinterpret_cast<FTSENT*>(block);
  memcpy(p->fts_name, name, name_len);
  p->fts_namelen = static_cast<unsigned short>(name_len);
  p->fts_statp = reinterpret_cast<struct stat*>(block + stat_at);
  p->fts_path = block + path_at;
  if (path_len > name_len) {
    memcpy(p->fts_path, parent->fts_path, dir_len);
    p->fts_path[dir_len] = '/';
  }
  memcpy(p->fts_path + path_len - name_len, name, name_len);
  p->fts_pathlen = static_cast<unsigned short>(path_len);
  p->fts_accpath = p->fts_path;
  p->fts_parent = const_cast<FTSENT*>(parent);
  p->fts_level = static_cast<short>(parent ? parent->fts_level + 1 : FTS_ROOTPARENTLEVEL);
  p->fts_instr = FTS_NOINSTR;
  return p;
}

void free_list(FTSENT* p) {
  while (p) {
    FTSENT* next = p->fts_link;
    free(p);
    p = next;
  }
}

bool follows(const FTS* sp, const FTSENT* p) {
  return (sp->fts_options & FTS_LOGICAL) || (p->fts_level == FTS_ROOTLEVEL && (sp->fts_options & FTS_COMFOLLOW));
}

// Classifies p: stat()s it (following a symbolic link when `follow`) and sets fts_info.
// d_type from readdir lets FTS_NOSTAT skip the call for what cannot be a directory.
void classify(const FTS* sp, FTSENT* p, bool follow, unsigned char d_type = DT_UNKNOWN) {
  bool may_be_dir = d_type == DT_UNKNOWN || d_type == DT_DIR || (d_type == DT_LNK && follow);
  if ((sp->fts_options & FTS_NOSTAT) && !may_be_dir) {
    p->fts_info = FTS_NSOK;
    return;
  }
  struct stat* st = p->fts_statp;
  int r = follow ? stat(p->fts_accpath, st) : lstat(p->fts_accpath, st);
  if (r != 0) {
    int error = errno;
    if (follow && lstat(p->fts_accpath, st) == 0 && S_ISLNK(st->st_mode)) {
      p->fts_info = FTS_SLNONE;
      return;
    }
    memset(st, 0, sizeof *st);
    p->fts_errno = error;
    p->fts_info = FTS_NS;
    return;
  }
  p->fts_dev = st->st_dev;
  p->fts_ino = st->st_ino;
  p->fts_nlink = st->st_nlink;
  if (S_ISDIR(st->st_mode)) {
    const char* n = p->fts_name;
    if (p->fts_level > FTS_ROOTLEVEL && n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) {
      p->fts_info = FTS_DOT;
      return;
    }
    for (FTSENT* a = p->fts_parent; a && a->fts_level >= FTS_ROOTLEVEL; a = a->fts_parent) {
      if (a->fts_dev == p->fts_dev && a->fts_ino == p->fts_ino) {
        p->fts_cycle = a;
        p->fts_info = FTS_DC;
        return;
      }
    }
    p->fts_info = FTS_D;
  } else {
    p->fts_info = S_ISLNK(st->st_mode) ? FTS_SL : S_ISREG(st->st_mode) ? FTS_F : FTS_DEFAULT;
  }
}

// Stable merge sort of a sibling list with the caller's comparison.
FTSENT* sort_list(FTSENT* list, int (*compar)(const FTSENT**, const FTSENT**)) {
  if (!list || !list->fts_link) return list;
  FTSENT *slow = list, *fast = list->fts_link;
  while (fast && fast->fts_link) {
    slow = slow->fts_link;
    fast = fast->fts_link->fts_link;
  }
  FTSENT* second = slow->fts_link;
  slow->fts_link = nullptr;
  FTSENT* a = sort_list(list, compar);
  FTSENT* b = sort_list(second, compar);
  FTSENT* head = nullptr;
  FTSENT** tail = &head;
  while (a && b) {
    const FTSENT *ca = a, *cb = b;
    FTSENT** pick = compar(&ca, &cb) <= 0 ? &a : &b;
    *tail = *pick;
    tail = &(*pick)->fts_link;
    *pick = (*pick)->fts_link;
  }
  *tail = a ? a : b;
  return head;
}

// The entries of directory `dir`, in readdir or compar order. Null with errno 0 for an
// empty directory, null with errno set (also in dir->fts_errno) when it cannot be read.
FTSENT* read_children(FTS* sp, FTSENT* dir, bool name_only) {
  DIR* d = opendir(dir->fts_accpath);
  if (!d) {
    dir->fts_errno = errno;
    return nullptr;
  }
  FTSENT* head = nullptr;
  FTSENT** tail = &head;
  for (;;) {
    errno = 0;  // readdir reports an error only through errno
    struct dirent* de = readdir(d);
    if (!de) break;
    const char* n = de->d_name;
    bool dot = n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'));
    if (dot && !(sp->fts_options & FTS_SEEDOT)) continue;
    FTSENT* p = make_entry(dir, n, strlen(n));
    if (!p) {
      closedir(d);
      free_list(head);
      dir->fts_errno = ENOMEM;
      errno = ENOMEM;
      return nullptr;
    }
    if (name_only) p->fts_info = FTS_NSOK;
    else classify(sp, p, (sp->fts_options & FTS_LOGICAL) != 0, de->d_type);
    *tail = p;
    tail = &p->fts_link;
  }
  int error = errno;
  closedir(d);
  if (error) {
    free_list(head);
    dir->fts_errno = error;
    errno = error;
    return nullptr;
  }
  errno = 0;
  return sp->fts_compar ? sort_list(head, sp->fts_compar) : head;
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

FTS* fts_open(char* const* paths, int options, int (*compar)(const FTSENT**, const FTSENT**)) {
  if ((options & ~FTS_OPTIONMASK) || !paths) return fail(EINVAL, static_cast<FTS*>(nullptr));
  if (!(options & FTS_LOGICAL)) options |= FTS_PHYSICAL;
  auto* sp = static_cast<FTS*>(calloc(1, sizeof(FTS)));
  FTSENT* parent = make_entry(nullptr, "", 0);
  // The walk starts at a placeholder whose next sibling is the first root.
  FTSENT* start = parent ? make_entry(parent, "", 0) : nullptr;
  if (!sp || !start) {
    free(sp);
    free(parent);
    return fail(ENOMEM, static_cast<FTS*>(nullptr));
  }
  sp->fts_options = options;
  sp->fts_compar = compar;
  sp->__root_parent = parent;
  start->fts_info = FTS_INIT;
  FTSENT** tail = &start->fts_link;
  for (char* const* a = paths; *a; a++) {
    FTSENT* p = make_entry(parent, *a, strlen(*a));
    if (!p) {
      free_list(start);
      free(parent);
      free(sp);
      return fail(ENOMEM, static_cast<FTS*>(nullptr));
    }
    classify(sp, p, follows(sp, p));
    *tail = p;
    tail = &p->fts_link;
  }
  if (compar) start->fts_link = sort_list(start->fts_link, compar);
  sp->fts_cur = start;
  return sp;
}

FTSENT* fts_read(FTS* sp) {
  FTSENT* p = sp->fts_cur;
  if (!p || (sp->fts_options & FTS_STOP)) return nullptr;
  int instr = p->fts_instr;
  p->fts_instr = FTS_NOINSTR;
  if (instr == FTS_AGAIN) {
    classify(sp, p, follows(sp, p));
    return p;
  }
  if (instr == FTS_FOLLOW && (p->fts_info == FTS_SL || p->fts_info == FTS_SLNONE)) {
    classify(sp, p, true);
    if (p->fts_info == FTS_D) p->fts_flags |= FTS_SYMFOLLOW;
    return p;
  }
  if (p->fts_info == FTS_D) {
    // Preorder visit done: descend, unless told not to or the directory is on another device.
    FTSENT* kids = nullptr;
    bool skip = instr == FTS_SKIP || ((sp->fts_options & FTS_XDEV) && p->fts_dev != sp->fts_dev);
    if (!skip) {
      if (sp->fts_child && !(sp->fts_options & FTS_NAMEONLY)) {
        kids = sp->fts_child;
        sp->fts_child = nullptr;
      } else {
        kids = read_children(sp, p, false);
      }
    }
    free_list(sp->fts_child);
    sp->fts_child = nullptr;
    if (!kids) {
      // Unreadable or empty: the directory comes back at once, as FTS_DNR or in postorder.
      p->fts_info = !skip && p->fts_errno ? FTS_DNR : FTS_DP;
      errno = p->fts_info == FTS_DNR ? p->fts_errno : 0;
      return p;
    }
    sp->fts_cur = kids;
    return kids;
  }
  // Next: the following sibling, or, after the last one, the directory in postorder.
  FTSENT* next = p->fts_link;
  FTSENT* parent = p->fts_parent;
  free(p);
  errno = 0;
  if (next) {
    sp->fts_cur = next;
    if (next->fts_level == FTS_ROOTLEVEL) sp->fts_dev = next->fts_dev;
    return next;
  }
  if (parent->fts_level == FTS_ROOTPARENTLEVEL) {
    sp->fts_cur = nullptr;
    return nullptr;
  }
  parent->fts_info = FTS_DP;
  sp->fts_cur = parent;
  return parent;
}

FTSENT* fts_children(FTS* sp, int options) {
  if (options & ~FTS_NAMEONLY) return fail(EINVAL, static_cast<FTSENT*>(nullptr));
  FTSENT* p = sp->fts_cur;
  errno = 0;
  if (!p) return nullptr;
  if (p->fts_info == FTS_INIT) return p->fts_link;  // before the first fts_read: the roots
  if (p->fts_info != FTS_D) return nullptr;
  free_list(sp->fts_child);
  if (options & FTS_NAMEONLY) sp->fts_options |= FTS_NAMEONLY;
  else sp->fts_options &= ~FTS_NAMEONLY;
  sp->fts_child = read_children(sp, p, options & FTS_NAMEONLY);
  return sp->fts_child;
}

int fts_set(FTS*, FTSENT* p, int instr) {
  if (instr != 0 && instr != FTS_AGAIN && instr != FTS_FOLLOW && instr != FTS_NOINSTR && instr != FTS_SKIP)
    return fail(EINVAL, -1);
  p->fts_instr = static_cast<unsigned short>(instr ? instr : FTS_NOINSTR);
  return 0;
}

int fts_close(FTS* sp) {
  if (!sp) return 0;
  // What is still allocated: the current entry, the siblings after it, and the same for
  // each directory above it (earlier siblings were freed as the walk passed them).
  for (FTSENT* p = sp->fts_cur; p && p->fts_level >= FTS_ROOTLEVEL;) {
    FTSENT* parent = p->fts_parent;
    free_list(p);
    p = parent;
  }
  free_list(sp->fts_child);
  free(sp->__root_parent);
  free(sp);
  return 0;
}

}  // extern "C"
