/* arpa/inet.h: Internet address conversions. */
#ifndef _ARPA_INET_H
#define _ARPA_INET_H
#include <features.h>
#include <netinet/in.h>

__PURE_BEGIN_DECLS
in_addr_t inet_addr(const char *__cp);
char *inet_ntoa(struct in_addr __in);
int inet_pton(int __af, const char *__PURE_RESTRICT __src, void *__PURE_RESTRICT __dst);
const char *inet_ntop(int __af, const void *__PURE_RESTRICT __src, char *__PURE_RESTRICT __dst,
                      socklen_t __size);
#if __PURE_DEFAULT
int inet_aton(const char *__cp, struct in_addr *__inp);
in_addr_t inet_network(const char *__cp);
struct in_addr inet_makeaddr(in_addr_t __net, in_addr_t __host);
in_addr_t inet_lnaof(struct in_addr __in);
in_addr_t inet_netof(struct in_addr __in);
#endif
__PURE_END_DECLS

#endif
