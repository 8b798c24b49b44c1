// glob and globfree. The pattern is taken one '/'-separated component at a time: a
// component without wildcards is appended as it is (unescaped), one with wildcards is
// matched with fnmatch against the entries of the directory reached so far.
#define _GNU_SOURCE 1
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

namespace pure {
namespace {

struct List {
  char** v = nullptr;
  size_t n = 0;
  size_t cap = 0;
};

bool push(List& l, char* s) {
  if (l.n == l.cap) {
    const size_t cap = l.cap ? l.cap * 2 : 16;
    char** v = static_cast<char**>(realloc(l.v, cap * sizeof(char*)));
    if (!v) return false;
    l.v = v;
    l.cap = cap;
  }
  l.v[l.n++] = s;
  return true;
}

void drop(List& l) {
  for (size_t i = 0; i < l.n; ++i) free(l.v[i]);
  free(l.v);
  l = List{};
}

struct Search {
  int flags;
  int (*errfunc)(const char*, int);
  List found;
};

bool has_magic(const char* p, const char* end, int flags) {
  for (; p < end; ++p) {
    if (*p == '\\' && !(flags & GLOB_NOESCAPE) && p + 1 < end) {
      ++p;
    } else if (*p == '*' || *p == '?' || *p == '[') {
      return true;
    }
  }
  return false;
}

// path + text[0..n) (+ '/' when slash), as a fresh string; backslashes are removed from
// the text when `unescape`.
char* join(const char* path, const char* text, size_t n, bool unescape, bool slash) {
  const size_t plen = strlen(path);
  char* s = static_cast<char*>(malloc(plen + n + 2));
  if (!s) return nullptr;
  memcpy(s, path, plen);
  size_t k = plen;
  for (size_t i = 0; i < n; ++i) {
    if (unescape && text[i] == '\\' && i + 1 < n) ++i;
    s[k++] = text[i];
  }
  if (slash) s[k++] = '/';
  s[k] = '\0';
  return s;
}

bool is_dir(const char* path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

// Adds a complete candidate `path` (owned) if it exists and fits the flags.
int finish(Search& s, char* path, bool need_dir) {
  struct stat st;
  bool exists = lstat(path, &st) == 0;
  bool dir = exists && (S_ISDIR(st.st_mode) || (S_ISLNK(st.st_mode) && is_dir(path)));
  if (!exists || ((need_dir || (s.flags & GLOB_ONLYDIR)) && !dir)) {
    free(path);
    return 0;
  }
  if ((s.flags & GLOB_MARK) && dir) {
    const size_t len = strlen(path);
    if (len == 0 || path[len - 1] != '/') {
      char* marked = static_cast<char*>(realloc(path, len + 2));
      if (!marked) {
        free(path);
        return GLOB_NOSPACE;
      }
      path = marked;
      path[len] = '/';
      path[len + 1] = '\0';
    }
  }
  if (!push(s.found, path)) {
    free(path);
    return GLOB_NOSPACE;
  }
  return 0;
}

int expand(Search& s, const char* path, const char* pat);

// Continues with `next` (owned) after one component: `rest` is what follows the slashes.
int step(Search& s, char* next, bool slash, const char* rest) {
  if (slash && *rest) {
    const int r = expand(s, next, rest);
    free(next);
    return r;
  }
  return finish(s, next, slash);
}

int expand(Search& s, const char* path, const char* pat) {
  const char* end = strchr(pat, '/');
  if (!end) end = pat + strlen(pat);
  const bool slash = *end == '/';
  const char* rest = end;
  while (*rest == '/') ++rest;
  const bool escapes = !(s.flags & GLOB_NOESCAPE);

  if (!has_magic(pat, end, s.flags)) {
    char* next = join(path, pat, static_cast<size_t>(end - pat), escapes, slash);
    if (!next) return GLOB_NOSPACE;
    return step(s, next, slash, rest);
  }

  DIR* dir = opendir(*path ? path : ".");
  if (!dir) {
    // Missing directories and non-directories simply yield nothing.
    if (errno == ENOENT || errno == ENOTDIR) return 0;
    if ((s.errfunc && s.errfunc(*path ? path : ".", errno) != 0) || (s.flags & GLOB_ERR))
      return GLOB_ABORTED;
    return 0;
  }
  const size_t clen = static_cast<size_t>(end - pat);
  char* comp = static_cast<char*>(malloc(clen + 1));
  if (!comp) {
    closedir(dir);
    return GLOB_NOSPACE;
  }
  memcpy(comp, pat, clen);
  comp[clen] = '\0';
  int fl = 0;
  if (!(s.flags & GLOB_PERIOD)) fl |= FNM_PERIOD;
  if (!escapes) fl |= FNM_NOESCAPE;

  int ret = 0;
  errno = 0;
  while (struct dirent* e = readdir(dir)) {
    if (fnmatch(comp, e->d_name, fl) != 0) continue;
    char* next = join(path, e->d_name, strlen(e->d_name), false, slash);
    if (!next) {
      ret = GLOB_NOSPACE;
      break;
    }
    ret = step(s, next, slash, rest);
    if (ret != 0) break;
    errno = 0;
  }
  if (ret == 0 && errno != 0) {
    if ((s.errfunc && s.errfunc(*path ? path : ".", errno) != 0) || (s.flags & GLOB_ERR))
      ret = GLOB_ABORTED;
  }
  free(comp);
  closedir(dir);
  return ret;
}

int compare(const void* a, const void* b) {
  return strcmp(*static_cast<char* const*>(a), *static_cast<char* const*>(b));
}

// One pattern after brace expansion: tilde, then the search. Results sorted per pattern.
int glob_one(Search& s, const char* pattern) {
  char* owned = nullptr;
  if ((s.flags & (GLOB_TILDE | GLOB_TILDE_CHECK)) && pattern[0] == '~') {
    const char* user_end = strchr(pattern, '/');
    if (!user_end) user_end = pattern + strlen(pattern);
    const char* home = user_end == pattern + 1 ? getenv("HOME") : nullptr;
    // ~user needs the user database, which this libc does not have yet.
    if (!home) {
      if (s.flags & GLOB_TILDE_CHECK) return GLOB_NOMATCH;
    } else {
      // The home directory is literal text: escape anything fnmatch would interpret.
      const size_t hlen = strlen(home), rlen = strlen(user_end);
      owned = static_cast<char*>(malloc(2 * hlen + rlen + 1));
      if (!owned) return GLOB_NOSPACE;
      size_t k = 0;
      for (size_t i = 0; i < hlen; ++i) {
        if (!(s.flags & GLOB_NOESCAPE) && strchr("*?[\\", home[i])) owned[k++] = '\\';
        owned[k++] = home[i];
      }
      memcpy(owned + k, user_end, rlen + 1);
      pattern = owned;
    }
  }
  const size_t first = s.found.n;
  int ret;
  if (*pattern == '/') {
    const char* p = pattern;
    while (*p == '/') ++p;
    ret = *p ? expand(s, "/", p) : finish(s, join("", "/", 1, false, false), false);
  } else {
    ret = *pattern ? expand(s, "", pattern) : 0;
  }
  if (ret == 0 && !(s.flags & GLOB_NOSORT))
    qsort(s.found.v + first, s.found.n - first, sizeof(char*), compare);
  free(owned);
  return ret;
}

// Finds the first top-level {..,..} group: *open at '{', *close at its '}'. Returns false
// when there is none (a group without a top-level ',' is literal).
bool find_brace(const char* p, int flags, const char** open, const char** close) {
  for (; *p; ++p) {
    if (*p == '\\' && !(flags & GLOB_NOESCAPE) && p[1]) {
      ++p;
      continue;
    }
    if (*p != '{') continue;
    int depth = 0;
    for (const char* q = p; *q; ++q) {
      if (*q == '\\' && !(flags & GLOB_NOESCAPE) && q[1]) {
        ++q;
      } else if (*q == '{') {
        ++depth;
      } else if (*q == '}' && --depth == 0) {
        *open = p;
        *close = q;
        return true;
      }
    }
    return false;
  }
  return false;
}

int glob_braces(Search& s, const char* pattern) {
  const char *open, *close;
  if (!(s.flags & GLOB_BRACE) || !find_brace(pattern, s.flags, &open, &close))
    return glob_one(s, pattern);
  // Each top-level alternative replaces the group in turn, expanded recursively.
  const size_t plen = strlen(pattern);
  char* buf = static_cast<char*>(malloc(plen + 1));
  if (!buf) return GLOB_NOSPACE;
  const size_t head = static_cast<size_t>(open - pattern);
  memcpy(buf, pattern, head);
  const char* alt = open + 1;
  int depth = 0;
  for (const char* q = alt;; ++q) {
    if (*q == '\\' && !(s.flags & GLOB_NOESCAPE) && q + 1 < close) {
      ++q;
      continue;
    }
    if (*q == '{') ++depth;
    if (*q == '}' && q != close) --depth;
    if (q == close || (*q == ',' && depth == 0)) {
      const size_t alen = static_cast<size_t>(q - alt);
      memcpy(buf + head, alt, alen);
      strcpy(buf + head + alen, close + 1);
      const int r = glob_braces(s, buf);
      if (r != 0 && r != GLOB_NOMATCH) {
        free(buf);
        return r;
      }
      alt = q + 1;
      if (q == close) break;
    }
  }
  free(buf);
  return 0;
}

}  // namespace

int glob(const char* pattern, int flags, int (*errfunc)(const char*, int), glob_t* g) {
  if (!(flags & GLOB_APPEND)) {
    g->gl_pathc = 0;
    g->gl_pathv = nullptr;
  }
  if (!(flags & GLOB_DOOFFS)) g->gl_offs = 0;
  Search s{flags, errfunc, {}};
  int ret = glob_braces(s, pattern);
  if (ret == GLOB_NOMATCH) ret = 0;  // only tilde failure reports this; handled below
  const bool magic = has_magic(pattern, pattern + strlen(pattern), flags);
  if (ret == 0 && s.found.n == 0) {
    if ((flags & GLOB_NOCHECK) || ((flags & GLOB_NOMAGIC) && !magic)) {
      char* copy = strdup(pattern);
      if (!copy || !push(s.found, copy)) {
        free(copy);
        ret = GLOB_NOSPACE;
      }
    } else {
      ret = GLOB_NOMATCH;
    }
  }
  if (ret == GLOB_NOSPACE || (ret == GLOB_ABORTED && s.found.n == 0) || ret == GLOB_NOMATCH) {
    drop(s.found);
    g->gl_flags = flags | (magic ? GLOB_MAGCHAR : 0);
    return ret;
  }
  // gl_pathv = gl_offs null slots, the earlier results (GLOB_APPEND), the new ones, null.
  const size_t offs = (flags & GLOB_DOOFFS) ? g->gl_offs : 0;
  const size_t old = (flags & GLOB_APPEND) && g->gl_pathv ? g->gl_pathc : 0;
  char** v = static_cast<char**>(
      realloc((flags & GLOB_APPEND) ? g->gl_pathv : nullptr, (offs + old + s.found.n + 1) * sizeof(char*)));
  if (!v) {
    drop(s.found);
    return GLOB_NOSPACE;
  }
  for (size_t i = 0; i < offs; ++i) v[i] = nullptr;
  memcpy(v + offs + old, s.found.v, s.found.n * sizeof(char*));
  v[offs + old + s.found.n] = nullptr;
  g->gl_pathv = v;
  g->gl_pathc = old + s.found.n;
  g->gl_flags = flags | (magic ? GLOB_MAGCHAR : 0);
  free(s.found.v);
  return ret;
}

void globfree(glob_t* g) {
  if (!g || !g->gl_pathv) return;
  for (size_t i = 0; i < g->gl_pathc; ++i) free(g->gl_pathv[g->gl_offs + i]);
  free(g->gl_pathv);
  g->gl_pathv = nullptr;
  g->gl_pathc = 0;
}

}  // namespace pure

extern "C" int glob(const char* __restrict pattern, int flags,
                    int (*errfunc)(const char*, int), glob_t* __restrict g) {
  if (!pattern || !g) return GLOB_NOMATCH;
  return pure::glob(pattern, flags, errfunc, g);
}

extern "C" void globfree(glob_t* g) { pure::globfree(g); }

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(glob, glob64);
PURE_ALIAS(globfree, globfree64);
