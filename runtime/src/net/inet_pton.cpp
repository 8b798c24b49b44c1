// inet_pton and inet_ntop: the standard text forms of IPv4 and IPv6 addresses.
#include <arpa/inet.h>
#include <errno.h>
#include <string.h>

#include "net/inet_core.h"
#include "support/errno.h"

extern "C" {

int inet_pton(int af, const char* __restrict src, void* __restrict dst) {
  if (af == AF_INET) {
    uint8_t bytes[4];
    if (!pure::inet::parse_ipv4_strict(src, src + strlen(src), bytes)) return 0;
    memcpy(dst, bytes, 4);
    return 1;
  }
  if (af == AF_INET6) {
    uint8_t bytes[16];
    if (!pure::inet::parse_ipv6(src, bytes)) return 0;
    memcpy(dst, bytes, 16);
    return 1;
  }
  return pure::fail(EAFNOSUPPORT, -1);
}

const char* inet_ntop(int af, const void* __restrict src, char* __restrict dst, socklen_t size) {
  char text[INET6_ADDRSTRLEN];
  size_t n;
  if (af == AF_INET) {
    n = pure::inet::format_ipv4(static_cast<const uint8_t*>(src), text);
  } else if (af == AF_INET6) {
    n = pure::inet::format_ipv6(static_cast<const uint8_t*>(src), text);
  } else {
    return pure::fail(EAFNOSUPPORT, static_cast<const char*>(nullptr));
  }
  if (n >= size) return pure::fail(ENOSPC, static_cast<const char*>(nullptr));
  memcpy(dst, text, n + 1);
  return dst;
}

}  // extern "C"
