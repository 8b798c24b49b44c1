// The protocols database (/etc/protocols: "name number aliases..."): getprotobyname,
// getprotobynumber, getprotoent, their _r forms, setprotoent, endprotoent.
#define _GNU_SOURCE 1
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "net/db_file.h"

namespace pure::net {
namespace {

bool number(const DbFile& f, int* proto) {
  if (f.count < 2) return false;
  char* end;
  long v = strtol(f.field[1], &end, 10);
  if (end == f.field[1] || *end || v < 0 || v > 255) return false;
  *proto = static_cast<int>(v);
  return true;
}

bool valid(const DbFile& f) {
  int p;
  return number(f, &p);
}

int pack(const DbFile& f, struct protoent* ret, char* buf, size_t buflen, struct protoent** result) {
  int proto = 0;
  number(f, &proto);
  Arena arena(buf, buflen);
  char** aliases = arena.copy_list(f.field + 2, f.count - 2);
  char* name = arena.copy(f.field[0]);
  if (arena.full()) return ERANGE;
  ret->p_name = name;
  ret->p_aliases = aliases;
  ret->p_proto = proto;
  *result = ret;
  return 0;
}

constinit DbCursor cursor;
constinit struct protoent static_entry = {};
constinit StaticBuffer static_buf;

template <class Call> struct protoent* static_call(Call call) {
  struct protoent* result = nullptr;
  int r = static_buf.run([&](char* b, size_t n) { return call(&static_entry, b, n, &result); });
  if (r == ENOMEM) errno = ENOMEM;
  return r ? nullptr : result;
}

}  // namespace
}  // namespace pure::net

extern "C" {

int getprotobyname_r(const char* __restrict name, struct protoent* __restrict ret, char* __restrict buf,
                     size_t buflen, struct protoent** __restrict result) {
  using namespace pure::net;
  *result = nullptr;
  auto match = [&](const DbFile& f) {
    if (!valid(f)) return false;
    for (int i = 0; i < f.count; i++)
      if (i != 1 && !strcmp(f.field[i], name)) return true;
    return false;
  };
  auto found = [&](const DbFile& f) { return pack(f, ret, buf, buflen, result); };
  return not_found_is_not_an_error(db_find(_PATH_PROTOCOLS, match, found));
}

int getprotobynumber_r(int proto, struct protoent* __restrict ret, char* __restrict buf, size_t buflen,
                       struct protoent** __restrict result) {
  using namespace pure::net;
  *result = nullptr;
  auto match = [&](const DbFile& f) {
    int p;
    return number(f, &p) && p == proto;
  };
  auto found = [&](const DbFile& f) { return pack(f, ret, buf, buflen, result); };
  return not_found_is_not_an_error(db_find(_PATH_PROTOCOLS, match, found));
}

int getprotoent_r(struct protoent* __restrict ret, char* __restrict buf, size_t buflen,
                  struct protoent** __restrict result) {
  using namespace pure::net;
  *result = nullptr;
  return cursor.next(_PATH_PROTOCOLS, valid, [&](const DbFile& f) { return pack(f, ret, buf, buflen, result); });
}

struct protoent* getprotobyname(const char* name) {
  return pure::net::static_call([&](struct protoent* e, char* b, size_t n, struct protoent** r) {
    return getprotobyname_r(name, e, b, n, r);
  });
}

struct protoent* getprotobynumber(int proto) {
  return pure::net::static_call([&](struct protoent* e, char* b, size_t n, struct protoent** r) {
    return getprotobynumber_r(proto, e, b, n, r);
  });
}

struct protoent* getprotoent(void) {
  return pure::net::static_call(
      [&](struct protoent* e, char* b, size_t n, struct protoent** r) { return getprotoent_r(e, b, n, r); });
}

void setprotoent(int stayopen) { pure::net::cursor.close(); }

void endprotoent(void) { pure::net::cursor.close(); }

}  // extern "C"
