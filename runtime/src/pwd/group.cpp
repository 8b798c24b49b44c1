// The group database, /etc/group: getgrnam(_r), getgrgid(_r), getgrent(_r), setgrent,
// endgrent, fgetgrent(_r), putgrent, getgrouplist, initgroups.
#define _GNU_SOURCE 1
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pwd/db.h"
#include "support/errno.h"

namespace pure::db {
namespace {

struct GroupDb {
  using Entry = struct group;
  struct Parsed {
    struct group g;   // gr_mem unset: the members are still the text below
    char* members;    // comma-separated
  };

  // name:password:gid:member,member,...
  static bool parse(char* line, Parsed* p) {
    char* f[4];
    unsigned long gid;
    if (split_fields(line, f, 4) < 0 || !parse_number(f[2], &gid) || gid > 0xffffffffUL || !f[0][0])
      return false;
    p->g = {f[0], f[1], static_cast<gid_t>(gid), nullptr};
    p->members = f[3];
    return true;
  }

  static bool pack(const Parsed& p, Entry* out, Arena& k) {
    size_t n = 0;  // members are the non-empty names between commas
    for (const char* s = p.members; *s; s++)
      if (*s != ',' && (s == p.members || s[-1] == ',')) n++;
    char** mem = static_cast<char**>(k.take(sizeof(char*) * (n + 1)));
    if (!mem) return false;
    size_t i = 0;
    for (char* s = p.members; *s;) {
      char* comma = strchr(s, ',');
      if (comma) *comma = 0;
      if (*s && !(mem[i++] = k.copy(s))) return false;
      if (!comma) break;
      *comma = ',';
      s = comma + 1;
    }
    mem[i] = nullptr;
    *out = {k.copy(p.g.gr_name), k.copy(p.g.gr_passwd), p.g.gr_gid, mem};
    return out->gr_passwd != nullptr;
  }
};

constexpr char kPath[] = "/etc/group";
constinit Cursor cursor = {kPath, nullptr, {}};
constinit Static<struct group> by_name = {}, by_gid = {}, by_ent = {}, by_file = {};

bool has_member(const GroupDb::Parsed& p, const char* user) {
  size_t n = strlen(user);
  for (const char* s = p.members; *s;) {
    const char* comma = strchr(s, ',');
    size_t len = comma ? static_cast<size_t>(comma - s) : strlen(s);
    if (len == n && memcmp(s, user, n) == 0) return true;
    if (!comma) break;
    s = comma + 1;
  }
  return false;
}

}  // namespace
}  // namespace pure::db

using namespace pure::db;

extern "C" {

int getgrnam_r(const char* name, struct group* gr, char* buf, size_t len, struct group** result) {
  return lookup<GroupDb>(kPath, [name](const GroupDb::Parsed& p) { return strcmp(p.g.gr_name, name) == 0; },
                         gr, buf, len, result);
}

int getgrgid_r(gid_t gid, struct group* gr, char* buf, size_t len, struct group** result) {
  return lookup<GroupDb>(kPath, [gid](const GroupDb::Parsed& p) { return p.g.gr_gid == gid; }, gr, buf, len,
                         result);
}

struct group* getgrnam(const char* name) {
  return with_static(by_name, [name](struct group* gr, char* buf, size_t len, struct group** r) {
    return getgrnam_r(name, gr, buf, len, r);
  });
}

struct group* getgrgid(gid_t gid) {
  return with_static(by_gid, [gid](struct group* gr, char* buf, size_t len, struct group** r) {
    return getgrgid_r(gid, gr, buf, len, r);
  });
}

int getgrent_r(struct group* gr, char* buf, size_t len, struct group** result) {
  return cursor_next<GroupDb>(cursor, gr, buf, len, result);
}

struct group* getgrent(void) { return with_static(by_ent, getgrent_r); }
void setgrent(void) { cursor_rewind(cursor); }
void endgrent(void) { cursor_close(cursor); }

int fgetgrent_r(FILE* f, struct group* gr, char* buf, size_t len, struct group** result) {
  return file_next<GroupDb>(f, gr, buf, len, result);
}

struct group* fgetgrent(FILE* f) {
  return with_static(by_file, [f](struct group* gr, char* buf, size_t len, struct group** r) {
    return fgetgrent_r(f, gr, buf, len, r);
  });
}

int putgrent(const struct group* gr, FILE* f) {
  if (!gr || !gr->gr_name || !gr->gr_passwd || !f) return pure::fail(EINVAL, -1);
  char* members = nullptr;
  size_t size = 0;
  FILE* m = open_memstream(&members, &size);
  if (!m) return -1;
  for (char** p = gr->gr_mem; p && *p; p++) {
    if (strchr(*p, ',')) {
      fclose(m);
      free(members);
      return pure::fail(EINVAL, -1);
    }
    fprintf(m, "%s%s", p == gr->gr_mem ? "" : ",", *p);
  }
  if (fclose(m) != 0) {
    free(members);
    return -1;
  }
  char gid[24];
  snprintf(gid, sizeof gid, "%u", gr->gr_gid);
  const char* fields[] = {gr->gr_name, gr->gr_passwd, gid, members};
  int r = put_line(f, fields, 4);
  free(members);
  return r;
}

// The user's groups: `group` first, then every group that lists the user, each once.
// When they do not all fit, *ngroups says how many there are and the result is -1.
int getgrouplist(const char* user, gid_t group, gid_t* groups, int* ngroups) {
  int room = *ngroups, n = 0;
  auto add = [&](gid_t g) {
    for (int i = 0; i < n && i < room; i++)
      if (groups[i] == g) return;
    if (n < room) groups[n] = g;
    n++;
  };
  add(group);
  int saved = errno;
  FILE* f = fopen(kPath, "re");
  if (f) {
    char* line = nullptr;
    size_t cap = 0;
    GroupDb::Parsed p;
    while (getline(&line, &cap, f) >= 0)
      if (GroupDb::parse(line, &p) && has_member(p, user)) add(p.g.gr_gid);
    free(line);
    fclose(f);
  }
  errno = saved;
  *ngroups = n;
  return n <= room ? n : -1;
}

int initgroups(const char* user, gid_t group) {
  int n = 32;
  for (;;) {
    gid_t* list = static_cast<gid_t*>(malloc(static_cast<size_t>(n) * sizeof(gid_t)));
    if (!list) return -1;
    int want = n;
    if (getgrouplist(user, group, list, &want) >= 0) {
      int r = setgroups(static_cast<size_t>(want), list);
      free(list);
      return r;
    }
    free(list);
    n = want;
  }
}

}  // extern "C"
