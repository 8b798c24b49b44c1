/* netinet/ether.h: Ethernet address conversions and the /etc/ethers database. */
#ifndef _NETINET_ETHER_H
#define _NETINET_ETHER_H
#include <features.h>
#include <net/ethernet.h>

__PURE_BEGIN_DECLS
char *ether_ntoa(const struct ether_addr *__addr);
char *ether_ntoa_r(const struct ether_addr *__addr, char *__buf);
struct ether_addr *ether_aton(const char *__asc);
struct ether_addr *ether_aton_r(const char *__asc, struct ether_addr *__addr);
int ether_line(const char *__line, struct ether_addr *__addr, char *__hostname);
int ether_ntohost(char *__hostname, const struct ether_addr *__addr);
int ether_hostton(const char *__hostname, struct ether_addr *__addr);
__PURE_END_DECLS

#endif
