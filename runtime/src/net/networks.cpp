// The networks database (/etc/networks: "name number [aliases...]", the number in
// inet_network's notation): getnetbyname, getnetbyaddr, getnetent, their _r forms,
// setnetent, endnetent. Networks are only looked up in the file, never in DNS.
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <string.h>
#include <strings.h>

#include "net/db_file.h"

namespace pure::net {
namespace {

bool number(const DbFile& f, uint32_t* net) {
  if (f.count < 2) return false;
  in_addr_t n = inet_network(f.field[1]);
  if (n == INADDR_NONE) return false;
  *net = n;
  return true;
}

bool valid(const DbFile& f) {
  uint32_t n;
  return number(f, &n);
}

int pack(const DbFile& f, struct netent* ret, char* buf, size_t buflen, struct netent** result,
         int* h_errnop) {
  uint32_t net = 0;
  number(f, &net);
  Arena arena(buf, buflen);
  char** aliases = arena.copy_list(f.field + 2, f.count - 2);
  char* name = arena.copy(f.field[0]);
  if (arena.full()) {
    *h_errnop = NETDB_INTERNAL;
    return ERANGE;
  }
  ret->n_name = name;
  ret->n_aliases = aliases;
  ret->n_addrtype = AF_INET;
  ret->n_net = net;
  *result = ret;
  *h_errnop = 0;
  return 0;
}

constinit DbCursor cursor;
constinit struct netent static_entry = {};
constinit StaticBuffer static_buf;

template <class Call> struct netent* static_call(Call call) {
  struct netent* result = nullptr;
  int herr = 0;
  int r = static_buf.run([&](char* b, size_t n) { return call(&static_entry, b, n, &result, &herr); });
  if (r == ENOMEM) errno = ENOMEM;
  if (!result) h_errno = herr;
  return r ? nullptr : result;
}

}  // namespace
}  // namespace pure::net

extern "C" {

int getnetbyname_r(const char* __restrict name, struct netent* __restrict ret, char* __restrict buf,
                   size_t buflen, struct netent** __restrict result, int* __restrict h_errnop) {
  using namespace pure::net;
  *result = nullptr;
  *h_errnop = HOST_NOT_FOUND;
  auto match = [&](const DbFile& f) {
    if (!valid(f)) return false;
    for (int i = 0; i < f.count; i++)
      if (i != 1 && !strcasecmp(f.field[i], name)) return true;
    return false;
  };
  auto found = [&](const DbFile& f) { return pack(f, ret, buf, buflen, result, h_errnop); };
  return not_found_is_not_an_error(db_find(_PATH_NETWORKS, match, found));
}

int getnetbyaddr_r(uint32_t net, int type, struct netent* __restrict ret, char* __restrict buf, size_t buflen,
                   struct netent** __restrict result, int* __restrict h_errnop) {
  using namespace pure::net;
  *result = nullptr;
  *h_errnop = HOST_NOT_FOUND;
  if (type != AF_INET) return 0;  // only IPv4 networks exist: not found
  auto match = [&](const DbFile& f) {
    uint32_t n;
    return number(f, &n) && n == net;
  };
  auto found = [&](const DbFile& f) { return pack(f, ret, buf, buflen, result, h_errnop); };
  return not_found_is_not_an_error(db_find(_PATH_NETWORKS, match, found));
}

int getnetent_r(struct netent* __restrict ret, char* __restrict buf, size_t buflen,
                struct netent** __restrict result, int* __restrict h_errnop) {
  using namespace pure::net;
  *result = nullptr;
  *h_errnop = HOST_NOT_FOUND;
  return cursor.next(_PATH_NETWORKS, valid,
                     [&](const DbFile& f) { return pack(f, ret, buf, buflen, result, h_errnop); });
}

struct netent* getnetbyname(const char* name) {
  return pure::net::static_call([&](struct netent* e, char* b, size_t n, struct netent** r, int* h) {
    return getnetbyname_r(name, e, b, n, r, h);
  });
}

struct netent* getnetbyaddr(uint32_t net, int type) {
  return pure::net::static_call([&](struct netent* e, char* b, size_t n, struct netent** r, int* h) {
    return getnetbyaddr_r(net, type, e, b, n, r, h);
  });
}

struct netent* getnetent(void) {
  return pure::net::static_call(
      [&](struct netent* e, char* b, size_t n, struct netent** r, int* h) { return getnetent_r(e, b, n, r, h); });
}

void setnetent(int stayopen) { pure::net::cursor.close(); }

void endnetent(void) { pure::net::cursor.close(); }

}  // extern "C"
