// inet_aton and inet_addr: the classic numbers-and-dots notation (a.b.c.d, a.b.c, a.b, a;
// hex, octal or decimal parts).
#include <arpa/inet.h>

#include "net/inet_core.h"

extern "C" {

int inet_aton(const char* cp, struct in_addr* inp) {
  uint32_t host;
  if (!pure::inet::parse_ipv4_classic(cp, host)) return 0;
  if (inp) inp->s_addr = __builtin_bswap32(host);
  return 1;
}

in_addr_t inet_addr(const char* cp) {
  uint32_t host;
  if (!pure::inet::parse_ipv4_classic(cp, host)) return INADDR_NONE;
  return __builtin_bswap32(host);
}

}  // extern "C"
