// The shared pieces of the passwd, group and shadow readers (see db.h).
#include "pwd/db.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "support/errno.h"

namespace pure::db {

int split_fields(char* line, char** fields, int n) {
  size_t len = strlen(line);
  while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
  int count = 0;
  char* p = line;
  for (;;) {
    if (count == n) return -1;
    fields[count++] = p;
    char* colon = strchr(p, ':');
    if (!colon) break;
    *colon = 0;
    p = colon + 1;
  }
  return count == n ? count : -1;
}

bool parse_number(const char* s, unsigned long* out) {
  if (!*s) return false;
  unsigned long v = 0;
  for (; *s; s++) {
    if (*s < '0' || *s > '9') return false;
    unsigned d = static_cast<unsigned>(*s - '0');
    if (v > (~0UL - d) / 10) return false;
    v = v * 10 + d;
  }
  *out = v;
  return true;
}

void cursor_rewind(Cursor& c) {
  LockGuard guard(c.lock);
  if (c.f) rewind(c.f);
}

void cursor_close(Cursor& c) {
  LockGuard guard(c.lock);
  if (c.f) fclose(c.f);
  c.f = nullptr;
}

int put_line(FILE* f, const char* const* fields, int n) {
  if (!f) return fail(EINVAL, -1);
  for (int i = 0; i < n; i++)
    if (strpbrk(fields[i], ":\n")) return fail(EINVAL, -1);
  flockfile(f);
  int r = 0;
  for (int i = 0; i < n && r >= 0; i++) {
    if (i && fputc(':', f) == EOF) r = -1;
    if (r >= 0 && fputs(fields[i], f) == EOF) r = -1;
  }
  if (r >= 0 && fputc('\n', f) == EOF) r = -1;
  funlockfile(f);
  return r < 0 ? -1 : 0;
}

}  // namespace pure::db
