// gethostbyname, gethostbyname2, gethostbyaddr, gethostent and their _r forms;
// sethostent/endhostent. The _r forms pack the entry into the caller's buffer (ERANGE
// when it is too small); the others use one buffer that each call reuses.
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "net/db_file.h"
#include "net/lookup.h"
#include "support/errno.h"

namespace pure::net {
namespace {

// Fills ret from the addresses of family in e; ERANGE if buf is too small.
int pack(const HostEntry& e, int family, struct hostent* ret, char* buf, size_t buflen) {
  Arena arena(buf, buflen);
  size_t len = family == AF_INET ? 4 : 16;
  int count = 0;
  for (int i = 0; i < e.address_count; i++) count += e.addresses[i].family == family;
  char** addrs = static_cast<char**>(arena.take(sizeof(char*) * (count + 1)));
  char** aliases = static_cast<char**>(arena.take(sizeof(char*) * (e.alias_count + 1)));
  if (!addrs || !aliases) return ERANGE;
  int n = 0;
  for (int i = 0; i < e.address_count; i++) {
    if (e.addresses[i].family != family) continue;
    char* a = static_cast<char*>(arena.take(len, 4));
    if (!a) return ERANGE;
    memcpy(a, e.addresses[i].bytes, len);
    addrs[n++] = a;
  }
  addrs[n] = nullptr;
  for (int i = 0; i < e.alias_count; i++) aliases[i] = arena.copy(e.alias(i));
  aliases[e.alias_count] = nullptr;
  char* name = arena.copy(e.name);
  if (arena.full()) return ERANGE;
  ret->h_name = name;
  ret->h_aliases = aliases;
  ret->h_addrtype = family;
  ret->h_length = static_cast<int>(len);
  ret->h_addr_list = addrs;
  return 0;
}

// A numeric address as its own entry (what gethostbyname does with "1.2.3.4"; IPv4 in
// any of inet_aton's forms).
bool numeric(const char* name, int family, HostEntry& e) {
  uint8_t bytes[16];
  struct in_addr in;
  if (family == AF_INET && inet_aton(name, &in) && !strpbrk(name, " \t\n")) memcpy(bytes, &in, 4);
  else if (family != AF_INET6 || inet_pton(AF_INET6, name, bytes) != 1) return false;
  e.clear();
  strncpy(e.name, name, sizeof e.name - 1);
  e.name[sizeof e.name - 1] = '\0';
  e.add_address(family, bytes);
  return true;
}

int finish(int herr, const HostEntry* e, int family, struct hostent* ret, char* buf, size_t buflen,
           struct hostent** result, int* h_errnop) {
  *result = nullptr;
  if (herr) {
    // Not finding the host is not an error of the call: a null result and h_errno say it.
    *h_errnop = herr;
    return herr == TRY_AGAIN ? EAGAIN : herr == NETDB_INTERNAL ? ENOMEM : 0;
  }
  int r = pack(*e, family, ret, buf, buflen);
  if (r) {
    *h_errnop = NETDB_INTERNAL;
    return r;
  }
  *h_errnop = 0;
  *result = ret;
  return 0;
}

// The shared buffer of the non-reentrant forms.
constinit struct hostent static_entry = {};
constinit StaticBuffer static_buf;
constinit DbCursor hosts_cursor;

template <class Call> struct hostent* with_static_buffer(Call call) {
  struct hostent* result = nullptr;
  int herr = 0;
  int r = static_buf.run([&](char* buf, size_t len) { return call(&static_entry, buf, len, &result, &herr); });
  if (r == ENOMEM) {
    herr = NETDB_INTERNAL;
    errno = ENOMEM;
  }
  h_errno = herr;
  return result;
}

}  // namespace
}  // namespace pure::net

extern "C" {

int gethostbyname2_r(const char* __restrict name, int af, struct hostent* __restrict ret,
                     char* __restrict buf, size_t buflen, struct hostent** __restrict result,
                     int* __restrict h_errnop) {
  using namespace pure::net;
  if (af != AF_INET && af != AF_INET6) {
    *result = nullptr;
    *h_errnop = NETDB_INTERNAL;
    return EAFNOSUPPORT;
  }
  HostEntry e;
  int herr = numeric(name, af, e) ? 0 : lookup_name(name, af, e);
  return finish(herr, &e, af, ret, buf, buflen, result, h_errnop);
}

int gethostbyname_r(const char* __restrict name, struct hostent* __restrict ret, char* __restrict buf,
                    size_t buflen, struct hostent** __restrict result, int* __restrict h_errnop) {
  return gethostbyname2_r(name, AF_INET, ret, buf, buflen, result, h_errnop);
}

int gethostbyaddr_r(const void* __restrict addr, socklen_t len, int type, struct hostent* __restrict ret,
                    char* __restrict buf, size_t buflen, struct hostent** __restrict result,
                    int* __restrict h_errnop) {
  using namespace pure::net;
  if ((type != AF_INET || len != 4) && (type != AF_INET6 || len != 16)) {
    *result = nullptr;
    *h_errnop = NETDB_INTERNAL;
    return EINVAL;
  }
  HostEntry e;
  int herr = lookup_address(type, static_cast<const uint8_t*>(addr), e);
  return finish(herr, &e, type, ret, buf, buflen, result, h_errnop);
}

int gethostent_r(struct hostent* __restrict ret, char* __restrict buf, size_t buflen,
                 struct hostent** __restrict result, int* __restrict h_errnop) {
  using namespace pure::net;
  *result = nullptr;
  *h_errnop = HOST_NOT_FOUND;
  auto valid = [](const DbFile& f) {
    HostEntry e;
    return hosts_line_entry(f, e);
  };
  return hosts_cursor.next(_PATH_HOSTS, valid, [&](const DbFile& f) {
    HostEntry e;
    hosts_line_entry(f, e);
    return finish(0, &e, e.addresses[0].family, ret, buf, buflen, result, h_errnop);
  });
}

struct hostent* gethostbyname2(const char* name, int af) {
  return pure::net::with_static_buffer([&](struct hostent* ret, char* buf, size_t len, struct hostent** r,
                                           int* herr) { return gethostbyname2_r(name, af, ret, buf, len, r, herr); });
}

struct hostent* gethostbyname(const char* name) { return gethostbyname2(name, AF_INET); }

struct hostent* gethostbyaddr(const void* addr, socklen_t len, int type) {
  return pure::net::with_static_buffer([&](struct hostent* ret, char* buf, size_t n, struct hostent** r,
                                           int* herr) { return gethostbyaddr_r(addr, len, type, ret, buf, n, r, herr); });
}

struct hostent* gethostent(void) {
  return pure::net::with_static_buffer(
      [&](struct hostent* ret, char* buf, size_t n, struct hostent** r, int* herr) {
        return gethostent_r(ret, buf, n, r, herr);
      });
}

void sethostent(int stayopen) { pure::net::hosts_cursor.close(); }

void endhostent(void) { pure::net::hosts_cursor.close(); }

}  // extern "C"
