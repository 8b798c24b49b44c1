// inet_network, inet_makeaddr, inet_lnaof, inet_netof: the classful (pre-CIDR) view of
// IPv4 addresses that old programs and /etc/networks still use. Results in host order
// except inet_makeaddr's address.
#include <arpa/inet.h>

#include "net/inet_core.h"

extern "C" {

// Up to four parts of 0..255 each (0x hex, 0 octal or decimal), combined left to right,
// so "10" is network 10 and "10.1" is 0x0a01. Trailing whitespace is allowed.
in_addr_t inet_network(const char* cp) {
  in_addr_t result = 0;
  for (int n = 0;; n++) {
    if (n == 4) return INADDR_NONE;
    unsigned base = 10;
    bool digit = false;
    if (*cp == '0') {
      base = 8;
      digit = true;
      cp++;
    }
    if (*cp == 'x' || *cp == 'X') {
      base = 16;
      digit = false;
      cp++;
    }
    unsigned value = 0;
    for (;; cp++) {
      int d = pure::inet::hex_value(*cp);
      if (d < 0 || d >= static_cast<int>(base)) {
        if (base == 8 && (*cp == '8' || *cp == '9')) return INADDR_NONE;
        break;
      }
      value = value * base + static_cast<unsigned>(d);
      if (value > 0xff) return INADDR_NONE;
      digit = true;
    }
    if (!digit) return INADDR_NONE;
    result = (result << 8) | value;
    if (*cp != '.') break;
    cp++;
  }
  while (pure::inet::is_space(*cp)) cp++;
  return *cp ? INADDR_NONE : result;
}

struct in_addr inet_makeaddr(in_addr_t net, in_addr_t host) {
  in_addr_t a;
  if (net < 128) a = (net << IN_CLASSA_NSHIFT) | (host & IN_CLASSA_HOST);
  else if (net < 65536) a = (net << IN_CLASSB_NSHIFT) | (host & IN_CLASSB_HOST);
  else if (net < 16777216) a = (net << IN_CLASSC_NSHIFT) | (host & IN_CLASSC_HOST);
  else a = net | host;
  struct in_addr r;
  r.s_addr = htonl(a);
  return r;
}

in_addr_t inet_lnaof(struct in_addr in) {
  in_addr_t a = ntohl(in.s_addr);
  if (IN_CLASSA(a)) return a & IN_CLASSA_HOST;
  if (IN_CLASSB(a)) return a & IN_CLASSB_HOST;
  return a & IN_CLASSC_HOST;
}

in_addr_t inet_netof(struct in_addr in) {
  in_addr_t a = ntohl(in.s_addr);
  if (IN_CLASSA(a)) return (a & IN_CLASSA_NET) >> IN_CLASSA_NSHIFT;
  if (IN_CLASSB(a)) return (a & IN_CLASSB_NET) >> IN_CLASSB_NSHIFT;
  return (a & IN_CLASSC_NET) >> IN_CLASSC_NSHIFT;
}

}  // extern "C"
