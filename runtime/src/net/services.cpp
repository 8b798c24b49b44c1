// The services database (/etc/services: "name port/protocol aliases..."): getservbyname,
// getservbyport, getservent, their _r forms, setservent, endservent.
#define _GNU_SOURCE 1
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "net/db_file.h"

namespace pure::net {
namespace {

// Splits "port/proto" of the current line; false for a malformed line.
bool port_and_proto(const DbFile& f, int* port, const char** proto) {
  if (f.count < 2) return false;
  char* end;
  unsigned long p = strtoul(f.field[1], &end, 10);
  if (end == f.field[1] || *end != '/' || !end[1] || p > 65535) return false;
  *port = static_cast<int>(p);
  *proto = end + 1;
  return true;
}

bool valid(const DbFile& f) {
  int port;
  const char* proto;
  return port_and_proto(f, &port, &proto);
}

int pack(const DbFile& f, struct servent* ret, char* buf, size_t buflen, struct servent** result) {
  int port;
  const char* proto;
  port_and_proto(f, &port, &proto);
  Arena arena(buf, buflen);
  char** aliases = arena.copy_list(f.field + 2, f.count - 2);
  char* name = arena.copy(f.field[0]);
  char* proto_copy = arena.copy(proto);
  if (arena.full()) return ERANGE;
  ret->s_name = name;
  ret->s_aliases = aliases;
  ret->s_port = htons(static_cast<uint16_t>(port));
  ret->s_proto = proto_copy;
  *result = ret;
  return 0;
}

constinit DbCursor cursor;
constinit struct servent static_entry = {};
constinit StaticBuffer static_buf;

template <class Call> struct servent* static_call(Call call) {
  struct servent* result = nullptr;
  int r = static_buf.run([&](char* b, size_t n) { return call(&static_entry, b, n, &result); });
  if (r == ENOMEM) errno = ENOMEM;
  return r ? nullptr : result;
}

}  // namespace
}  // namespace pure::net

extern "C" {

int getservbyname_r(const char* __restrict name, const char* __restrict proto, struct servent* __restrict ret,
                    char* __restrict buf, size_t buflen, struct servent** __restrict result) {
  using namespace pure::net;
  *result = nullptr;
  auto match = [&](const DbFile& f) {
    int port;
    const char* p;
    if (!port_and_proto(f, &port, &p) || (proto && strcmp(p, proto))) return false;
    for (int i = 0; i < f.count; i++)
      if (i != 1 && !strcmp(f.field[i], name)) return true;
    return false;
  };
  auto found = [&](const DbFile& f) { return pack(f, ret, buf, buflen, result); };
  return not_found_is_not_an_error(db_find(_PATH_SERVICES, match, found));
}

int getservbyport_r(int port, const char* __restrict proto, struct servent* __restrict ret,
                    char* __restrict buf, size_t buflen, struct servent** __restrict result) {
  using namespace pure::net;
  *result = nullptr;
  int host_port = ntohs(static_cast<uint16_t>(port));
  auto match = [&](const DbFile& f) {
    int p;
    const char* pr;
    return port_and_proto(f, &p, &pr) && p == host_port && (!proto || !strcmp(pr, proto));
  };
  auto found = [&](const DbFile& f) { return pack(f, ret, buf, buflen, result); };
  return not_found_is_not_an_error(db_find(_PATH_SERVICES, match, found));
}

int getservent_r(struct servent* __restrict ret, char* __restrict buf, size_t buflen,
                 struct servent** __restrict result) {
  using namespace pure::net;
  *result = nullptr;
  return cursor.next(_PATH_SERVICES, valid, [&](const DbFile& f) { return pack(f, ret, buf, buflen, result); });
}

struct servent* getservbyname(const char* name, const char* proto) {
  return pure::net::static_call([&](struct servent* e, char* b, size_t n, struct servent** r) {
    return getservbyname_r(name, proto, e, b, n, r);
  });
}

struct servent* getservbyport(int port, const char* proto) {
  return pure::net::static_call([&](struct servent* e, char* b, size_t n, struct servent** r) {
    return getservbyport_r(port, proto, e, b, n, r);
  });
}

struct servent* getservent(void) {
  return pure::net::static_call(
      [&](struct servent* e, char* b, size_t n, struct servent** r) { return getservent_r(e, b, n, r); });
}

void setservent(int stayopen) { pure::net::cursor.close(); }

void endservent(void) { pure::net::cursor.close(); }

}  // extern "C"
