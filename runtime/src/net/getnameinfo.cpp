// getnameinfo (RFC 3493, POSIX): an address to a host name (/etc/hosts, then a DNS PTR
// query) and a port to a service name (/etc/services).
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <net/if.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "net/lookup.h"

namespace pure::net {
namespace {

bool copy_out(const char* text, char* dst, socklen_t size) {
  size_t n = strlen(text);
  if (n >= size) return false;
  memcpy(dst, text, n + 1);
  return true;
}

int host_text(int family, const uint8_t* bytes, uint32_t scope, int flags, char* host, socklen_t hostlen) {
  if (!(flags & NI_NUMERICHOST)) {
    HostEntry* e = static_cast<HostEntry*>(malloc(sizeof(HostEntry)));
    if (!e) return EAI_MEMORY;
    int herr = lookup_address(family, bytes, *e);
    if (herr == 0) {
      if (flags & NI_NOFQDN) {
        char* dot = strchr(e->name, '.');
        if (dot) *dot = '\0';
      }
      bool ok = copy_out(e->name, host, hostlen);
      free(e);
      return ok ? 0 : EAI_OVERFLOW;
    }
    free(e);
    if (flags & NI_NAMEREQD) return herr == TRY_AGAIN ? EAI_AGAIN : EAI_NONAME;
  }
  char text[INET6_ADDRSTRLEN + 1 + IF_NAMESIZE + 10];
  inet_ntop(family, bytes, text, sizeof text);
  // An IPv6 address with a scope names its interface: "%eth0", or the index with
  // NI_NUMERICSCOPE or when the interface has no name.
  if (family == AF_INET6 && scope) {
    char ifname[IF_NAMESIZE];
    size_t n = strlen(text);
    if (!(flags & NI_NUMERICSCOPE) && if_indextoname(scope, ifname))
      snprintf(text + n, sizeof text - n, "%%%s", ifname);
    else
      snprintf(text + n, sizeof text - n, "%%%u", scope);
  }
  return copy_out(text, host, hostlen) ? 0 : EAI_OVERFLOW;
}

int service_text(int port, int flags, char* serv, socklen_t servlen) {
  if (!(flags & NI_NUMERICSERV)) {
    struct servent se, *result = nullptr;
    char buf[1024];
    if (getservbyport_r(htons(static_cast<uint16_t>(port)), (flags & NI_DGRAM) ? "udp" : "tcp", &se, buf,
                        sizeof buf, &result) == 0 &&
        result)
      return copy_out(se.s_name, serv, servlen) ? 0 : EAI_OVERFLOW;
  }
  char text[8];
  snprintf(text, sizeof text, "%d", port);
  return copy_out(text, serv, servlen) ? 0 : EAI_OVERFLOW;
}

}  // namespace
}  // namespace pure::net

extern "C" int getnameinfo(const struct sockaddr* __restrict sa, socklen_t salen, char* __restrict host,
                           socklen_t hostlen, char* __restrict serv, socklen_t servlen, int flags) {
  using namespace pure::net;
  constexpr int kKnownFlags = NI_NUMERICHOST | NI_NUMERICSERV | NI_NOFQDN | NI_NAMEREQD | NI_DGRAM | NI_NUMERICSCOPE;
  if (flags & ~kKnownFlags) return EAI_BADFLAGS;
  if (!sa) return EAI_FAMILY;
  const uint8_t* bytes;
  int port;
  uint32_t scope = 0;
  if (sa->sa_family == AF_INET) {
    if (salen < sizeof(struct sockaddr_in)) return EAI_FAMILY;
    auto* in = reinterpret_cast<const struct sockaddr_in*>(sa);
    bytes = reinterpret_cast<const uint8_t*>(&in->sin_addr);
    port = ntohs(in->sin_port);
  } else if (sa->sa_family == AF_INET6) {
    if (salen < sizeof(struct sockaddr_in6)) return EAI_FAMILY;
    auto* in6 = reinterpret_cast<const struct sockaddr_in6*>(sa);
    bytes = in6->sin6_addr.s6_addr;
    port = ntohs(in6->sin6_port);
    scope = in6->sin6_scope_id;
  } else {
    return EAI_FAMILY;
  }
  if ((!host || !hostlen) && (!serv || !servlen)) return EAI_NONAME;
  if (host && hostlen) {
    int r = host_text(sa->sa_family, bytes, scope, flags, host, hostlen);
    if (r) return r;
  }
  if (serv && servlen) return service_text(port, flags, serv, servlen);
  return 0;
}
