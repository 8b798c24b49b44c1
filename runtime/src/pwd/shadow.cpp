// The shadow database, /etc/shadow: getspnam(_r), getspent(_r), setspent, endspent,
// fgetspent(_r), sgetspent(_r), putspent. An empty numeric field reads as -1 (sp_flag as
// ~0UL) and is written back empty.
#define _GNU_SOURCE 1
#include <shadow.h>
#include <stdio.h>
#include <string.h>

#include "pwd/db.h"
#include "support/errno.h"

namespace pure::db {
namespace {

struct ShadowDb {
  using Entry = struct spwd;
  using Parsed = struct spwd;

  // name:password:lastchange:min:max:warn:inactive:expire:flag
  static bool parse(char* line, Parsed* p) {
    char* f[9];
    if (split_fields(line, f, 9) < 0 || !f[0][0]) return false;
    long* numbers[] = {&p->sp_lstchg, &p->sp_min, &p->sp_max, &p->sp_warn, &p->sp_inact, &p->sp_expire};
    for (int i = 0; i < 6; i++) {
      unsigned long v;
      if (!f[2 + i][0]) {
        *numbers[i] = -1;
      } else if (parse_number(f[2 + i], &v) && v <= static_cast<unsigned long>(__LONG_MAX__)) {
        *numbers[i] = static_cast<long>(v);
      } else {
        return false;
      }
    }
    if (!f[8][0]) p->sp_flag = ~0UL;
    else if (!parse_number(f[8], &p->sp_flag)) return false;
    p->sp_namp = f[0];
    p->sp_pwdp = f[1];
    return true;
  }

  static bool pack(const Parsed& p, Entry* out, Arena& k) {
    *out = p;
    out->sp_namp = k.copy(p.sp_namp);
    out->sp_pwdp = k.copy(p.sp_pwdp);
    return out->sp_pwdp != nullptr;
  }
};

constexpr char kPath[] = "/etc/shadow";
constinit Cursor cursor = {kPath, nullptr, {}};
constinit Static<struct spwd> by_name = {}, by_ent = {}, by_file = {}, by_text = {};

}  // namespace
}  // namespace pure::db

using namespace pure::db;

extern "C" {

int getspnam_r(const char* name, struct spwd* sp, char* buf, size_t len, struct spwd** result) {
  return lookup<ShadowDb>(kPath, [name](const struct spwd& p) { return strcmp(p.sp_namp, name) == 0; },
                          sp, buf, len, result);
}

struct spwd* getspnam(const char* name) {
  return with_static(by_name, [name](struct spwd* sp, char* buf, size_t len, struct spwd** r) {
    return getspnam_r(name, sp, buf, len, r);
  });
}

int getspent_r(struct spwd* sp, char* buf, size_t len, struct spwd** result) {
  return cursor_next<ShadowDb>(cursor, sp, buf, len, result);
}

struct spwd* getspent(void) { return with_static(by_ent, getspent_r); }
void setspent(void) { cursor_rewind(cursor); }
void endspent(void) { cursor_close(cursor); }

int fgetspent_r(FILE* f, struct spwd* sp, char* buf, size_t len, struct spwd** result) {
  return file_next<ShadowDb>(f, sp, buf, len, result);
}

struct spwd* fgetspent(FILE* f) {
  return with_static(by_file, [f](struct spwd* sp, char* buf, size_t len, struct spwd** r) {
    return fgetspent_r(f, sp, buf, len, r);
  });
}

// One line of text: parsed in the caller's buffer, which must hold the line.
int sgetspent_r(const char* text, struct spwd* sp, char* buf, size_t len, struct spwd** result) {
  *result = nullptr;
  size_t n = strlen(text);
  if (n >= len) return ERANGE;
  memcpy(buf, text, n + 1);
  if (!ShadowDb::parse(buf, sp)) return EINVAL;
  *result = sp;
  return 0;
}

struct spwd* sgetspent(const char* text) {
  return with_static(by_text, [text](struct spwd* sp, char* buf, size_t len, struct spwd** r) {
    return sgetspent_r(text, sp, buf, len, r);
  });
}

int putspent(const struct spwd* sp, FILE* f) {
  if (!sp || !sp->sp_namp || !sp->sp_pwdp) return pure::fail(EINVAL, -1);
  char numbers[7][24];
  const long values[] = {sp->sp_lstchg, sp->sp_min, sp->sp_max, sp->sp_warn, sp->sp_inact, sp->sp_expire};
  for (int i = 0; i < 6; i++) {
    if (values[i] == -1) numbers[i][0] = 0;
    else snprintf(numbers[i], sizeof numbers[i], "%ld", values[i]);
  }
  if (sp->sp_flag == ~0UL) numbers[6][0] = 0;
  else snprintf(numbers[6], sizeof numbers[6], "%lu", sp->sp_flag);
  const char* fields[] = {sp->sp_namp, sp->sp_pwdp, numbers[0], numbers[1], numbers[2],
                          numbers[3],  numbers[4],  numbers[5], numbers[6]};
  return put_line(f, fields, 9);
}

}  // extern "C"
