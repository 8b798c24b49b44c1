// The user database, /etc/passwd: getpwnam(_r), getpwuid(_r), getpwent(_r), setpwent,
// endpwent, fgetpwent(_r), putpwent.
#define _GNU_SOURCE 1
#include <pwd.h>
#include <stdio.h>
#include <string.h>

#include "pwd/db.h"
#include "support/errno.h"

namespace pure::db {
namespace {

struct PasswdDb {
  using Entry = struct passwd;
  using Parsed = struct passwd;

  // name:password:uid:gid:gecos:home:shell
  static bool parse(char* line, Parsed* p) {
    char* f[7];
    unsigned long uid, gid;
    if (split_fields(line, f, 7) < 0 || !parse_number(f[2], &uid) || !parse_number(f[3], &gid) ||
        uid > 0xffffffffUL || gid > 0xffffffffUL || !f[0][0])
      return false;
    *p = {f[0], f[1], static_cast<uid_t>(uid), static_cast<gid_t>(gid), f[4], f[5], f[6]};
    return true;
  }

  static bool pack(const Parsed& p, Entry* out, Arena& k) {
    *out = {k.copy(p.pw_name), k.copy(p.pw_passwd), p.pw_uid, p.pw_gid,
            k.copy(p.pw_gecos), k.copy(p.pw_dir), k.copy(p.pw_shell)};
    return out->pw_shell != nullptr;  // the packer fails for good once a piece is refused
  }
};

constexpr char kPath[] = "/etc/passwd";
constinit Cursor cursor = {kPath, nullptr, {}};
constinit Static<struct passwd> by_name = {}, by_uid = {}, by_ent = {}, by_file = {};

}  // namespace
}  // namespace pure::db

using namespace pure::db;

extern "C" {

int getpwnam_r(const char* name, struct passwd* pw, char* buf, size_t len, struct passwd** result) {
  return lookup<PasswdDb>(kPath, [name](const struct passwd& p) { return strcmp(p.pw_name, name) == 0; },
                          pw, buf, len, result);
}

int getpwuid_r(uid_t uid, struct passwd* pw, char* buf, size_t len, struct passwd** result) {
  return lookup<PasswdDb>(kPath, [uid](const struct passwd& p) { return p.pw_uid == uid; }, pw, buf, len,
                          result);
}

struct passwd* getpwnam(const char* name) {
  return with_static(by_name, [name](struct passwd* pw, char* buf, size_t len, struct passwd** r) {
    return getpwnam_r(name, pw, buf, len, r);
  });
}

struct passwd* getpwuid(uid_t uid) {
  return with_static(by_uid, [uid](struct passwd* pw, char* buf, size_t len, struct passwd** r) {
    return getpwuid_r(uid, pw, buf, len, r);
  });
}

int getpwent_r(struct passwd* pw, char* buf, size_t len, struct passwd** result) {
  return cursor_next<PasswdDb>(cursor, pw, buf, len, result);
}

struct passwd* getpwent(void) { return with_static(by_ent, getpwent_r); }
void setpwent(void) { cursor_rewind(cursor); }
void endpwent(void) { cursor_close(cursor); }

int fgetpwent_r(FILE* f, struct passwd* pw, char* buf, size_t len, struct passwd** result) {
  return file_next<PasswdDb>(f, pw, buf, len, result);
}

struct passwd* fgetpwent(FILE* f) {
  return with_static(by_file, [f](struct passwd* pw, char* buf, size_t len, struct passwd** r) {
    return fgetpwent_r(f, pw, buf, len, r);
  });
}

int putpwent(const struct passwd* pw, FILE* f) {
  if (!pw || !pw->pw_name || !pw->pw_passwd || !pw->pw_gecos || !pw->pw_dir || !pw->pw_shell)
    return pure::fail(EINVAL, -1);
  char uid[24], gid[24];
  snprintf(uid, sizeof uid, "%u", pw->pw_uid);
  snprintf(gid, sizeof gid, "%u", pw->pw_gid);
  const char* fields[] = {pw->pw_name, pw->pw_passwd, uid, gid, pw->pw_gecos, pw->pw_dir, pw->pw_shell};
  return put_line(f, fields, 7);
}

}  // extern "C"
