/* ifaddrs.h: the addresses of the network interfaces (BSD, Linux). */
#ifndef _IFADDRS_H
#define _IFADDRS_H
#include <features.h>
#include <sys/socket.h>

struct ifaddrs {
  struct ifaddrs *ifa_next;
  char *ifa_name;
  unsigned int ifa_flags;
  struct sockaddr *ifa_addr;
  struct sockaddr *ifa_netmask;
  union {
    struct sockaddr *ifu_broadaddr;
    struct sockaddr *ifu_dstaddr;
  } ifa_ifu;
  void *ifa_data;
};
#define ifa_broadaddr ifa_ifu.ifu_broadaddr
#define ifa_dstaddr ifa_ifu.ifu_dstaddr

__PURE_BEGIN_DECLS
int getifaddrs(struct ifaddrs **__ifap);
void freeifaddrs(struct ifaddrs *__ifa);
__PURE_END_DECLS

#endif
