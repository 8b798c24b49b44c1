// mntent: fstab-format files. A line is six fields separated by blanks; a space, tab,
// newline or backslash inside a field is written as a three-digit octal escape (\040).
#include <errno.h>
#include <mntent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

namespace pure {
namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }

// Cuts the next field out of *cursor in place, decoding escapes; "" when there is none.
char* next_field(char** cursor) {
  char* s = *cursor;
  while (blank(*s)) s++;
  char* field = s;
  char* out = s;
  while (*s && !blank(*s)) {
    if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' && s[2] <= '7' && s[3] >= '0' && s[3] <= '7') {
      *out++ = static_cast<char>((s[1] - '0') * 64 + (s[2] - '0') * 8 + (s[3] - '0'));
      s += 4;
    } else {
      *out++ = *s++;
    }
  }
  if (*s) s++;
  *out = '\0';
  *cursor = s;
  return field;
}

int next_number(char** cursor) {
  char* field = next_field(cursor);
  return static_cast<int>(strtol(field, nullptr, 10));
}

bool put_field(FILE* f, const char* s) {
  for (; *s; s++) {
    bool special = *s == ' ' || *s == '\t' || *s == '\n' || *s == '\\';
    if (special ? fprintf(f, "\\%03o", static_cast<unsigned char>(*s)) < 0 : putc(*s, f) == EOF) return false;
  }
  return putc(' ', f) != EOF;
}

}  // namespace
}  // namespace pure

extern "C" {

FILE* setmntent(const char* file, const char* mode) { return fopen(file, mode); }

int endmntent(FILE* f) {
  if (f) fclose(f);
  return 1;  // always, as the historical interface says
}

struct mntent* getmntent_r(FILE* __restrict f, struct mntent* __restrict entry, char* __restrict buf, int size) {
  for (;;) {
    if (!fgets(buf, size, f)) return nullptr;
    size_t len = strlen(buf);
    if (len > 0 && buf[len - 1] == '\n') {
      buf[--len] = '\0';
    } else if (!feof(f)) {
      // The line does not fit: skip the rest of it and report, rather than return half.
      int c;
      while ((c = getc(f)) != EOF && c != '\n') {
      }
      errno = ERANGE;
      return nullptr;
    }
    char* s = buf;
    while (pure::blank(*s)) s++;
    if (*s == '\0' || *s == '#') continue;
    entry->mnt_fsname = pure::next_field(&s);
    entry->mnt_dir = pure::next_field(&s);
    entry->mnt_type = pure::next_field(&s);
    entry->mnt_opts = pure::next_field(&s);
    entry->mnt_freq = pure::next_number(&s);
    entry->mnt_passno = pure::next_number(&s);
    return entry;
  }
}

struct mntent* getmntent(FILE* f) {
  static struct mntent entry;
  static char line[4096];
  return getmntent_r(f, &entry, line, sizeof line);
}

int addmntent(FILE* __restrict f, const struct mntent* __restrict e) {
  if (fseek(f, 0, SEEK_END) != 0) return 1;
  bool ok = pure::put_field(f, e->mnt_fsname) && pure::put_field(f, e->mnt_dir) &&
            pure::put_field(f, e->mnt_type) && pure::put_field(f, e->mnt_opts) &&
            fprintf(f, "%d %d\n", e->mnt_freq, e->mnt_passno) > 0 && fflush(f) == 0;
  return ok ? 0 : 1;
}

// The option as a whole word of the comma-separated list, maybe followed by "=value".
char* hasmntopt(const struct mntent* e, const char* opt) {
  size_t n = strlen(opt);
  for (char* p = e->mnt_opts; p && *p;) {
    if (strncmp(p, opt, n) == 0 && (p[n] == '\0' || p[n] == ',' || p[n] == '=')) return p;
    p = strchr(p, ',');
    if (p) p++;
  }
  return nullptr;
}

}  // extern "C"
