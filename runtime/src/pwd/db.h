// The colon-separated databases (/etc/passwd, /etc/group, /etc/shadow): line parsing,
// and the scans shared by the three families.
// A Db type names the entry (struct passwd, ...), a Parsed form whose strings point into
// the line, parse() and pack() (copies a Parsed entry into the caller's buffer).
#pragma once
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

#include "support/arena.h"
#include "support/lock.h"

namespace pure::db {

// Strips the line end and splits at ':' in place: the number of fields, or -1 when it
// is not exactly `n` (a malformed line, skipped by the readers).
int split_fields(char* line, char** fields, int n);
// A decimal number filling the whole field (ids, shadow day counts).
bool parse_number(const char* s, unsigned long* out);

// Reads entries from `f` until `match` accepts one and packs it into (out, buf, len).
// Returns 0 with *result set, 0 with *result null at the end, or an error number; on
// ERANGE (the entry did not fit) a seekable stream is moved back so the next call
// re-reads the entry. errno is left as it was.
template <class Db, class Match>
int scan(FILE* f, Match match, typename Db::Entry* out, char* buf, size_t len, typename Db::Entry** result) {
  *result = nullptr;
  int saved = errno;
  char* line = nullptr;
  size_t cap = 0;
  int err = 0;
  for (;;) {
    long start = ftell(f);
    if (getline(&line, &cap, f) < 0) {
      if (ferror(f)) err = errno ? errno : EIO;
      break;
    }
    typename Db::Parsed p;
    if (!Db::parse(line, &p) || !match(p)) continue;
    Arena packer(buf, len);
    if (!Db::pack(p, out, packer)) {
      err = ERANGE;
      if (start >= 0) fseek(f, start, SEEK_SET);
      break;
    }
    *result = out;
    break;
  }
  free(line);
  errno = saved;
  return err;
}

// fgetpwent_r and friends: the next entry of `f`; ENOENT at the end.
template <class Db>
int file_next(FILE* f, typename Db::Entry* out, char* buf, size_t len, typename Db::Entry** result) {
  int e = scan<Db>(f, [](const typename Db::Parsed&) { return true; }, out, buf, len, result);
  return e ? e : *result ? 0 : ENOENT;
}

// getpwnam_r and friends: one pass over the database file. A missing file is an empty
// database.
template <class Db, class Match>
int lookup(const char* path, Match match, typename Db::Entry* out, char* buf, size_t len,
           typename Db::Entry** result) {
  *result = nullptr;
  int saved = errno;
  FILE* f = fopen(path, "re");
  if (!f) {
    int e = errno;
    errno = saved;
    return e == ENOENT ? 0 : e;
  }
  int e = scan<Db>(f, match, out, buf, len, result);
  fclose(f);
  errno = saved;
  return e;
}

// The storage of a non-_r function: its entry and a buffer that grows on ERANGE.
template <class Entry> struct Static {
  Entry entry;
  char* buf;
  size_t len;
};

// Runs fill(entry, buf, len, &result), an _r function, on `s`, growing its buffer until
// the entry fits. An error sets errno; the end of the database leaves it alone.
template <class Entry, class Fill> Entry* with_static(Static<Entry>& s, Fill fill) {
  for (;;) {
    if (!s.buf) {
      s.buf = static_cast<char*>(malloc(1024));
      if (!s.buf) return nullptr;
      s.len = 1024;
    }
    Entry* r = nullptr;
    int e = fill(&s.entry, s.buf, s.len, &r);
    if (e == ERANGE) {
      char* bigger = static_cast<char*>(realloc(s.buf, s.len * 2));
      if (!bigger) return nullptr;
      s.buf = bigger;
      s.len *= 2;
      continue;
    }
    if (e && e != ENOENT) errno = e;
    return r;
  }
}

// The getpwent family's position in the file, shared by all threads under a lock.
struct Cursor {
  const char* path;
  FILE* f;
  Lock lock;
};

// The next entry of the cursor: 0 with *result, ENOENT at the end, or an error number.
template <class Db>
int cursor_next(Cursor& c, typename Db::Entry* out, char* buf, size_t len, typename Db::Entry** result) {
  LockGuard guard(c.lock);
  *result = nullptr;
  if (!c.f) {
    int saved = errno;
    c.f = fopen(c.path, "re");
    int e = errno;
    errno = saved;
    if (!c.f) return e;
  }
  return file_next<Db>(c.f, out, buf, len, result);
}

void cursor_rewind(Cursor& c);
void cursor_close(Cursor& c);

// Writes `fields` joined by ':' and a newline, refusing a field that holds ':' or a line
// end (it would corrupt the file): 0, or -1 with errno.
int put_line(FILE* f, const char* const* fields, int n);

}  // namespace pure::db
