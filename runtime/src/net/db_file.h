// Shared by the /etc database readers (hosts, services, protocols, networks, ethers):
// reading a file line by line as whitespace-separated fields with '#' comments, and
// packing a result into a caller's buffer as the _r functions require.
#pragma once
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/arena.h"
#include "support/lock.h"

namespace pure::net {

constexpr int kMaxFields = 36;  // a name and up to 35 aliases, as much as anyone uses

// One open database file. next() splits the next non-empty line in place. No destructor
// (static instances must not need one): whoever opens it calls close().
class DbFile {
 public:
  constexpr DbFile() = default;
  DbFile(const DbFile&) = delete;
  DbFile& operator=(const DbFile&) = delete;

  bool open(const char* path) {
    if (file_) {
      rewind(file_);
      return true;
    }
    file_ = fopen(path, "re");
    return file_ != nullptr;
  }
  void close() {
    if (file_) fclose(file_);
    file_ = nullptr;
    held_ = false;
    free(line_);
    line_ = nullptr;
    cap_ = 0;
  }
  bool is_open() const { return file_ != nullptr; }
  // Makes next() return the current line again (its entry did not fit the buffer).
  void unread() { held_ = true; }

  // Fields of the next line with any; false at the end of the file.
  bool next() {
    if (held_) {
      held_ = false;
      return count > 0;
    }
    if (!file_) return false;
    while (getline(&line_, &cap_, file_) >= 0) {
      count = 0;
      char* p = line_;
      while (*p && *p != '#' && *p != '\n' && count < kMaxFields) {
        while (*p == ' ' || *p == '\t') p++;
        if (!*p || *p == '#' || *p == '\n') break;
        field[count++] = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '#' && *p != '\n') p++;
        char c = *p;
        if (c) *p++ = '\0';
        if (c == '#' || c == '\n') break;
      }
      if (count > 0) return true;
    }
    return false;
  }

  char* field[kMaxFields] = {};
  int count = 0;

 private:
  FILE* file_ = nullptr;
  char* line_ = nullptr;
  size_t cap_ = 0;
  bool held_ = false;
};

// Scans the database at path for the first line match(file) accepts and returns
// pack(file) (0 or an errno value); ENOENT when no line matches.
template <class Match, class Pack> int db_find(const char* path, Match match, Pack pack) {
  DbFile f;
  if (!f.open(path)) return ENOENT;
  int r = ENOENT;
  while (f.next()) {
    if (!match(f)) continue;
    r = pack(f);
    break;
  }
  f.close();
  return r;
}

// A key lookup (getservbyname_r and the like) that finds nothing succeeds with a null
// result; only the enumerations report the end as ENOENT.
inline int not_found_is_not_an_error(int r) { return r == ENOENT ? 0 : r; }

// The open file behind getXent/setXent/endXent.
class DbCursor {
 public:
  // pack(file) for the next line valid(file) accepts; a line that does not fit the
  // caller's buffer (ERANGE) comes again on the next call.
  template <class Valid, class Pack> int next(const char* path, Valid valid, Pack pack) {
    LockGuard guard(lock_);
    if (!file_.is_open() && !file_.open(path)) return ENOENT;
    while (file_.next()) {
      if (!valid(file_)) continue;
      int r = pack(file_);
      if (r == ERANGE) file_.unread();
      return r;
    }
    return ENOENT;
  }
  void close() {
    LockGuard guard(lock_);
    file_.close();
  }

 private:
  DbFile file_;
  Lock lock_;
};

// The buffer behind a non-reentrant getXbyY function, grown until the entry fits.
struct StaticBuffer {
  char* data = nullptr;
  size_t size = 0;

  // Calls call(data, size), an _r function returning 0 or an errno value, again with a
  // buffer twice as big after each ERANGE. Returns its last result (ENOMEM if out).
  template <class Call> int run(Call call) {
    for (;;) {
      if (!data) {
        size = 1024;
        data = static_cast<char*>(malloc(size));
        if (!data) return ENOMEM;
      }
      int r = call(data, size);
      if (r != ERANGE) return r;
      char* bigger = static_cast<char*>(realloc(data, size * 2));
      if (!bigger) return ENOMEM;
      data = bigger;
      size *= 2;
    }
  }
};

}  // namespace pure::net
