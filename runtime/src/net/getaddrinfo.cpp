// getaddrinfo and freeaddrinfo (RFC 3493, POSIX). Node: a numeric address, /etc/hosts,
// then DNS. Service: a port number or an /etc/services name. Each result is one
// allocation holding the addrinfo, its address and (on the first) the canonical name.
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "net/lookup.h"

namespace pure::net {
namespace {

struct SockType {
  int socktype;
  int protocol;
  const char* proto_name;  // for /etc/services
};
constexpr SockType kSockTypes[] = {
    {SOCK_STREAM, IPPROTO_TCP, "tcp"},
    {SOCK_DGRAM, IPPROTO_UDP, "udp"},
    {SOCK_RAW, 0, nullptr},
};

struct Result {
  struct addrinfo ai;
  union {
    struct sockaddr_in in;
    struct sockaddr_in6 in6;
  } addr;
  char canon[];
};

// Whether some interface could reach a global address of family: a UDP connect sends
// nothing but fails with ENETUNREACH when no route exists (AI_ADDRCONFIG).
bool family_configured(int family) {
  int fd = socket(family, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);
  if (fd < 0) return false;
  int r;
  if (family == AF_INET) {
    struct sockaddr_in sa = {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(9);
    sa.sin_addr.s_addr = htonl(0xc0000201);  // 192.0.2.1, a documentation address
    r = connect(fd, reinterpret_cast<struct sockaddr*>(&sa), sizeof sa);
  } else {
    struct sockaddr_in6 sa = {};
    sa.sin6_family = AF_INET6;
    sa.sin6_port = htons(9);
    sa.sin6_addr.s6_addr[0] = 0x20;  // 2001:db8::1, a documentation address
    sa.sin6_addr.s6_addr[1] = 0x01;
    sa.sin6_addr.s6_addr[2] = 0x0d;
    sa.sin6_addr.s6_addr[3] = 0xb8;
    sa.sin6_addr.s6_addr[15] = 1;
    r = connect(fd, reinterpret_cast<struct sockaddr*>(&sa), sizeof sa);
  }
  close(fd);
  return r == 0;
}

bool is_loopback(const HostAddress& a) {
  if (a.family == AF_INET) return a.bytes[0] == 127;
  return IN6_IS_ADDR_LOOPBACK(a.bytes);
}

// The service as a port for the given protocol name; -1 if the service does not exist
// for it, -2 if it is not numeric and AI_NUMERICSERV forbids a name.
int service_port(const char* service, const char* proto, int flags) {
  if (!service) return 0;
  char* end;
  unsigned long v = strtoul(service, &end, 10);
  if (*service && !*end) return v <= 65535 ? static_cast<int>(v) : -1;
  if (flags & AI_NUMERICSERV) return -2;
  if (!proto) return -1;
  struct servent se, *result;
  char buf[1024];
  if (getservbyname_r(service, proto, &se, buf, sizeof buf, &result) != 0 || !result) return -1;
  return ntohs(static_cast<uint16_t>(se.s_port));
}

// A numeric node: IPv4 in inet_aton's forms or IPv6 with an optional %scope. Returns
// true and fills a (and scope) if node is numeric.
bool numeric_node(const char* node, HostAddress& a, uint32_t& scope) {
  scope = 0;
  struct in_addr in;
  if (inet_aton(node, &in) && !strchr(node, ' ') && !strchr(node, '\t') && !strchr(node, '\n')) {
    a.family = AF_INET;
    memcpy(a.bytes, &in, 4);
    return true;
  }
  char buf[INET6_ADDRSTRLEN];
  const char* pct = strchr(node, '%');
  size_t len = pct ? static_cast<size_t>(pct - node) : strlen(node);
  if (len >= sizeof buf) return false;
  memcpy(buf, node, len);
  buf[len] = '\0';
  if (inet_pton(AF_INET6, buf, a.bytes) != 1) return false;
  if (pct) {
    char* end;
    unsigned long v = strtoul(pct + 1, &end, 10);
    if (pct[1] && !*end) scope = static_cast<uint32_t>(v);
    else if (!(scope = if_nametoindex(pct + 1))) return false;
  }
  a.family = AF_INET6;
  return true;
}

int from_herrno(int herr) {
  switch (herr) {
    case TRY_AGAIN: return EAI_AGAIN;
    case NO_RECOVERY: return EAI_FAIL;
    case NO_DATA: return EAI_NODATA;
    case NETDB_INTERNAL: return EAI_MEMORY;
    default: return EAI_NONAME;
  }
}

int getaddrinfo_impl(const char* node, const char* service, const struct addrinfo* hints,
                     struct addrinfo** res) {
  struct addrinfo defaults = {};
  const struct addrinfo* h = hints ? hints : &defaults;
  int flags = hints ? h->ai_flags : (AI_V4MAPPED | AI_ADDRCONFIG);
  int family = h->ai_family;
  constexpr int kKnownFlags = AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL |
                              AI_ADDRCONFIG | AI_NUMERICSERV;
  if (flags & ~kKnownFlags) return EAI_BADFLAGS;
  if ((flags & AI_CANONNAME) && !node) return EAI_BADFLAGS;
  if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6) return EAI_FAMILY;
  if (!node && !service) return EAI_NONAME;
  if (node && !*node) node = nullptr;
  if (service && !*service) service = nullptr;
  if (!node && !service) return EAI_NONAME;

  // Which socket types, and the port for each. Raw sockets have no ports: they come
  // only without a service, and only when asked for or when nothing narrows the choice.
  int st = h->ai_socktype;
  if (st && st != SOCK_STREAM && st != SOCK_DGRAM && st != SOCK_RAW) return EAI_SOCKTYPE;
  int ports[3] = {};
  bool use[3] = {};
  bool type_matched = false, service_found = false;
  for (int i = 0; i < 3; i++) {
    const SockType& t = kSockTypes[i];
    if (st ? st != t.socktype : (t.socktype == SOCK_RAW && (service || h->ai_protocol))) continue;
    if (h->ai_protocol && t.protocol && h->ai_protocol != t.protocol) continue;
    type_matched = true;
    if (t.socktype == SOCK_RAW && service) return EAI_SERVICE;
    int port = service_port(service, t.proto_name, flags);
    if (port == -2) return EAI_NONAME;
    if (port < 0) continue;
    ports[i] = port;
    use[i] = true;
    service_found = true;
  }
  if (!type_matched) return EAI_SOCKTYPE;
  if (!service_found) return EAI_SERVICE;

  // The addresses.
  HostEntry* e = static_cast<HostEntry*>(malloc(sizeof(HostEntry)));
  if (!e) return EAI_MEMORY;
  e->clear();
  uint32_t scope = 0;
  if (!node) {
    // No node: the wildcard address for a server (AI_PASSIVE), else the loopback.
    uint8_t any6[16] = {}, lo6[16] = {};
    lo6[15] = 1;
    uint8_t any4[4] = {}, lo4[4] = {127, 0, 0, 1};
    bool passive = flags & AI_PASSIVE;
    if (family != AF_INET) e->add_address(AF_INET6, passive ? any6 : lo6);
    if (family != AF_INET6) e->add_address(AF_INET, passive ? any4 : lo4);
  } else {
    HostAddress a;
    if (numeric_node(node, a, scope)) {
      e->add_address(a.family, a.bytes);
      if (flags & AI_CANONNAME) {
        strncpy(e->name, node, sizeof e->name - 1);
        e->name[sizeof e->name - 1] = '\0';
      }
    } else if (flags & AI_NUMERICHOST) {
      free(e);
      return EAI_NONAME;
    } else {
      int lookup_family = family == AF_INET6 && (flags & AI_V4MAPPED) ? AF_UNSPEC : family;
      int herr = lookup_name(node, lookup_family, *e);
      if (herr) {
        free(e);
        return from_herrno(herr);
      }
    }
  }

  // Filter and convert: AF_INET6 with AI_V4MAPPED turns IPv4 answers into ::ffff:a.b.c.d
  // (all of them with AI_ALL, else only when there is no IPv6 answer).
  bool have6 = false;
  for (int i = 0; i < e->address_count; i++) have6 |= e->addresses[i].family == AF_INET6;
  bool check4 = flags & AI_ADDRCONFIG, check6 = check4, ok4 = true, ok6 = true;
  struct addrinfo* head = nullptr;
  struct addrinfo** tail = &head;
  bool mismatched_family = false;
  for (int i = 0; i < e->address_count; i++) {
    HostAddress a = e->addresses[i];
    if (family == AF_INET6 && a.family == AF_INET) {
      if (!(flags & AI_V4MAPPED) || (have6 && !(flags & AI_ALL))) {
        mismatched_family = true;
        continue;
      }
      uint8_t mapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
      memcpy(mapped + 12, a.bytes, 4);
      a.family = AF_INET6;
      memcpy(a.bytes, mapped, 16);
    } else if (family == AF_INET && a.family == AF_INET6) {
      mismatched_family = true;
      continue;
    }
    // AI_ADDRCONFIG: skip families no interface can reach; loopback results stay, so
    // "localhost" keeps working on a machine with only a loopback interface.
    if (!is_loopback(a) && node) {
      if (a.family == AF_INET && check4) {
        ok4 = family_configured(AF_INET);
        check4 = false;
      }
      if (a.family == AF_INET6 && check6) {
        ok6 = family_configured(AF_INET6);
        check6 = false;
      }
      if ((a.family == AF_INET && !ok4) || (a.family == AF_INET6 && !ok6)) continue;
    }
    for (int t = 0; t < 3; t++) {
      if (!use[t]) continue;
      bool canon = head == nullptr && (flags & AI_CANONNAME);
      size_t canon_len = canon ? strlen(e->name[0] ? e->name : node) + 1 : 0;
      Result* r = static_cast<Result*>(calloc(1, sizeof(Result) + canon_len));
      if (!r) {
        freeaddrinfo(head);
        free(e);
        return EAI_MEMORY;
      }
      r->ai.ai_family = a.family;
      r->ai.ai_socktype = kSockTypes[t].socktype;
      r->ai.ai_protocol = h->ai_protocol ? h->ai_protocol : kSockTypes[t].protocol;
      r->ai.ai_addr = reinterpret_cast<struct sockaddr*>(&r->addr);
      uint16_t port = htons(static_cast<uint16_t>(ports[t]));
      if (a.family == AF_INET) {
        r->ai.ai_addrlen = sizeof(struct sockaddr_in);
        r->addr.in.sin_family = AF_INET;
        r->addr.in.sin_port = port;
        memcpy(&r->addr.in.sin_addr, a.bytes, 4);
      } else {
        r->ai.ai_addrlen = sizeof(struct sockaddr_in6);
        r->addr.in6.sin6_family = AF_INET6;
        r->addr.in6.sin6_port = port;
        r->addr.in6.sin6_scope_id = scope;
        memcpy(&r->addr.in6.sin6_addr, a.bytes, 16);
      }
      if (canon) {
        memcpy(r->canon, e->name[0] ? e->name : node, canon_len);
        r->ai.ai_canonname = r->canon;
      }
      *tail = &r->ai;
      tail = &r->ai.ai_next;
    }
  }
  free(e);
  if (!head) return mismatched_family ? EAI_ADDRFAMILY : EAI_NONAME;
  *res = head;
  return 0;
}

}  // namespace
}  // namespace pure::net

extern "C" {

int getaddrinfo(const char* __restrict node, const char* __restrict service, const struct addrinfo* __restrict hints,
                struct addrinfo** __restrict res) {
  return pure::net::getaddrinfo_impl(node, service, hints, res);
}

void freeaddrinfo(struct addrinfo* res) {
  while (res) {
    struct addrinfo* next = res->ai_next;
    free(res);  // the addrinfo is the start of its one allocation
    res = next;
  }
}

}  // extern "C"
