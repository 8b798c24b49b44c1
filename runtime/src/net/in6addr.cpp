// in6addr_any and in6addr_loopback: the two IPv6 addresses POSIX provides as data.
#include <netinet/in.h>

extern "C" {

const struct in6_addr in6addr_any = IN6ADDR_ANY_INIT;
const struct in6_addr in6addr_loopback = IN6ADDR_LOOPBACK_INIT;

}  // extern "C"
