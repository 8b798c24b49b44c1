// ftw and nftw. Each directory is read completely and closed before its entries are
// visited, so the walk holds one directory descriptor at a time (plus, with FTW_CHDIR, one
// for the starting directory) whatever the depth: any nopenfd >= 1 is respected.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pure {
namespace {

using NftwFn = int (*)(const char*, const struct stat*, int, struct FTW*);
using FtwFn = int (*)(const char*, const struct stat*, int);

// A directory on the current descent, to stop symbolic-link cycles.
struct Ancestor {
  dev_t dev;
  ino_t ino;
  const Ancestor* up;
};

struct Walker {
  NftwFn nftw_fn;
  FtwFn ftw_fn;
  int flags;
  char* path;
  size_t cap;
  dev_t root_dev;
  int home_fd;  // the starting working directory, for FTW_CHDIR
};

int report(Walker& w, const struct stat* st, int type, int base, int level) {
  if (w.ftw_fn) return w.ftw_fn(w.path, st, type == FTW_SLN ? FTW_NS : type);
  struct FTW info{base, level};
  return w.nftw_fn(w.path, st, type, &info);
}

// With FTW_CHDIR the process sits in the directory holding the current object, so system
// calls use the name relative to it; otherwise the whole path.
const char* name_for_calls(const Walker& w, int base) {
  return (w.flags & FTW_CHDIR) ? w.path + base : w.path;
}

// Moves to the directory whose path is the first `len` bytes of w.path ("" = home).
int go_to(Walker& w, size_t len) {
  if (fchdir(w.home_fd) != 0) return -1;
  if (len == 0) return 0;
  const char saved = w.path[len];
  w.path[len] = '\0';
  const int r = chdir(w.path);
  w.path[len] = saved;
  return r;
}

bool grow(Walker& w, size_t need) {
  if (need <= w.cap) return true;
  size_t cap = w.cap * 2;
  if (cap < need) cap = need;
  char* p = static_cast<char*>(realloc(w.path, cap));
  if (!p) return false;
  w.path = p;
  w.cap = cap;
  return true;
}

// Reads every entry name of `dir` (without "." and "..") into one malloc'd block of
// NUL-terminated names, ended by an empty name. Returns nullptr with errno on failure.
char* read_names(DIR* dir) {
  size_t used = 0, cap = 256;
  char* names = static_cast<char*>(malloc(cap));
  if (!names) return nullptr;
  errno = 0;
  while (struct dirent* e = readdir(dir)) {
    const char* n = e->d_name;
    if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) continue;
    const size_t len = strlen(n) + 1;
    if (used + len + 1 > cap) {
      while (used + len + 1 > cap) cap *= 2;
      char* bigger = static_cast<char*>(realloc(names, cap));
      if (!bigger) {
        free(names);
        return nullptr;
      }
      names = bigger;
    }
    memcpy(names + used, n, len);
    used += len;
  }
  if (errno != 0) {
    free(names);
    return nullptr;
  }
  names[used] = '\0';
  return names;
}

int visit(Walker& w, size_t len, int base, int level, const Ancestor* up) {
  const char* name = name_for_calls(w, base);
  struct stat st;
  int type;
  if (w.flags & FTW_PHYS) {
    if (lstat(name, &st) != 0) {
      if (level == 0) return -1;
      type = FTW_NS;
    } else {
      type = S_ISLNK(st.st_mode) ? FTW_SL : S_ISDIR(st.st_mode) ? FTW_D : FTW_F;
    }
  } else if (stat(name, &st) != 0) {
    const int err = errno;
    if (lstat(name, &st) == 0 && S_ISLNK(st.st_mode)) {
      type = FTW_SLN;
    } else {
      if (level == 0) {
        errno = err;
        return -1;
      }
      memset(&st, 0, sizeof st);
      type = FTW_NS;
    }
  } else {
    type = S_ISDIR(st.st_mode) ? FTW_D : FTW_F;
  }

  if (level == 0) w.root_dev = st.st_dev;
  // FTW_MOUNT: objects on other file systems are not reported at all.
  if ((w.flags & FTW_MOUNT) && type != FTW_NS && st.st_dev != w.root_dev) return 0;
  if (type != FTW_D) return report(w, &st, type, base, level);

  for (const Ancestor* a = up; a; a = a->up) {
    if (a->dev == st.st_dev && a->ino == st.st_ino) return 0;  // a link back up the tree
  }
  DIR* dir = opendir(name);
  if (!dir) {
    if (errno != EACCES) return -1;
    return report(w, &st, FTW_DNR, base, level);
  }
  char* names = read_names(dir);
  const int read_err = errno;
  closedir(dir);
  if (!names) {
    errno = read_err;
    return -1;
  }

  int ret = 0;
  if (!(w.flags & FTW_DEPTH)) ret = report(w, &st, FTW_D, base, level);
  if (ret == 0 && (w.flags & FTW_CHDIR) && chdir(name) != 0) ret = -1;
  const Ancestor self{st.st_dev, st.st_ino, up};
  // Children go after a '/' unless the path already ends with one (as "/" does).
  const size_t child_base = w.path[len - 1] == '/' ? len : len + 1;
  for (const char* n = names; ret == 0 && *n; n += strlen(n) + 1) {
    const size_t n_len = strlen(n);
    if (!grow(w, child_base + n_len + 1)) {
      errno = ENOMEM;
      ret = -1;
      break;
    }
    w.path[len] = '/';
    memcpy(w.path + child_base, n, n_len + 1);
    ret = visit(w, child_base + n_len, static_cast<int>(child_base), level + 1, &self);
  }
  free(names);
  w.path[len] = '\0';
  if (ret != 0) return ret;
  if (w.flags & FTW_CHDIR) {
    if (go_to(w, static_cast<size_t>(base)) != 0) return -1;
  }
  if (w.flags & FTW_DEPTH) return report(w, &st, FTW_DP, base, level);
  return 0;
}

int walk(const char* path, NftwFn nftw_fn, FtwFn ftw_fn, int flags) {
  Walker w{nftw_fn, ftw_fn, flags, nullptr, 0, 0, -1};
  size_t len = strlen(path);
  if (len == 0) {
    errno = ENOENT;
    return -1;
  }
  if (!grow(w, len + 256)) {
    errno = ENOMEM;
    return -1;
  }
  memcpy(w.path, path, len + 1);
  // The name starts after the last '/' that is not trailing.
  size_t end = len;
  while (end > 1 && path[end - 1] == '/') --end;
  size_t base = end;
  while (base > 0 && path[base - 1] != '/') --base;
  if (end == 1 && path[0] == '/') base = 0;

  int ret;
  if (flags & FTW_CHDIR) {
    w.home_fd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (w.home_fd < 0) {
      free(w.path);
      return -1;
    }
    ret = go_to(w, base) == 0 ? visit(w, len, static_cast<int>(base), 0, nullptr) : -1;
    const int err = errno;
    fchdir(w.home_fd);
    close(w.home_fd);
    errno = err;
  } else {
    ret = visit(w, len, static_cast<int>(base), 0, nullptr);
  }
  free(w.path);
  return ret;
}

}  // namespace
}  // namespace pure

extern "C" int nftw(const char* path, pure::NftwFn fn, int nopenfd, int flags) {
  // Any nopenfd is honoured (the walk never holds more than one directory open), but
  // POSIX requires a usable callback and path.
  if (!path || !fn) {
    errno = EINVAL;
    return -1;
  }
  return pure::walk(path, fn, nullptr, flags);
}

extern "C" int ftw(const char* path, pure::FtwFn fn, int nopenfd) {
  if (!path || !fn) {
    errno = EINVAL;
    return -1;
  }
  return pure::walk(path, nullptr, fn, 0);
}

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(ftw, ftw64);
PURE_ALIAS(nftw, nftw64);
