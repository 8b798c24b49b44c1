/* Network interfaces: if_nametoindex/if_indextoname/if_nameindex and getifaddrs agree
   about the loopback interface, which every network namespace has; net/ethernet.h
   conversions (ether_aton/ether_ntoa/ether_line). */
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/ether.h>
#include <netinet/in.h>
#include <string.h>

#include "../check.h"

static void names(void) {
  unsigned lo = if_nametoindex("lo");
  CHECK(lo > 0);
  char name[IF_NAMESIZE];
  CHECK(if_indextoname(lo, name) == name);
  CHECK_STR(name, "lo");
  CHECK_INT(if_nametoindex("no-such-if0"), 0);
  CHECK_INT(if_nametoindex("a-name-much-too-long-for-an-interface"), 0);
  CHECK(if_indextoname(0x7fffffff, name) == NULL);
  CHECK_INT(errno, ENXIO);

  struct if_nameindex *list = if_nameindex();
  CHECK(list != NULL);
  int found = 0, count = 0;
  for (struct if_nameindex *p = list; p && p->if_index; p++, count++) {
    if (!strcmp(p->if_name, "lo")) found = p->if_index == lo;
    CHECK_INT(if_nametoindex(p->if_name), p->if_index);
  }
  CHECK(found);
  CHECK(count >= 1);
  if_freenameindex(list);

  struct ifaddrs *ifa = NULL;
  CHECK_INT(getifaddrs(&ifa), 0);
  int packet = 0, lo_up = 0, inet = 0;
  for (struct ifaddrs *p = ifa; p; p = p->ifa_next) {
    if (strcmp(p->ifa_name, "lo") != 0) continue;
    CHECK(p->ifa_flags & IFF_LOOPBACK);
    if (p->ifa_addr && p->ifa_addr->sa_family == AF_PACKET) {
      packet++;
      lo_up = (p->ifa_flags & IFF_UP) != 0;
    }
    if (p->ifa_addr && p->ifa_addr->sa_family == AF_INET) {
      struct sockaddr_in *a = (struct sockaddr_in *)p->ifa_addr;
      struct sockaddr_in *m = (struct sockaddr_in *)p->ifa_netmask;
      if (a->sin_addr.s_addr == htonl(INADDR_LOOPBACK)) {
        inet++;
        CHECK(m != NULL);
        if (m) CHECK_INT(ntohl(m->sin_addr.s_addr), 0xff000000);
      }
    }
  }
  CHECK_INT(packet, 1);
  /* A network namespace may leave lo down and without an address; when it is up it
     has 127.0.0.1/8. */
  if (lo_up) CHECK_INT(inet, 1);
  freeifaddrs(ifa);
}

static void ether(void) {
  struct ether_addr a, *p;
  char buf[18];
  p = ether_aton("00:1a:2B:3c:4d:5e");
  CHECK(p != NULL);
  if (p) {
    CHECK(p->ether_addr_octet[0] == 0 && p->ether_addr_octet[1] == 0x1a && p->ether_addr_octet[5] == 0x5e);
    CHECK_STR(ether_ntoa(p), "0:1a:2b:3c:4d:5e");
  }
  CHECK(ether_aton_r("1:2:3:4:5:6", &a) == &a);
  CHECK_STR(ether_ntoa_r(&a, buf), "1:2:3:4:5:6");
  CHECK(ether_aton("1:2:3:4:5") == NULL);
  CHECK(ether_aton("1:2:3:4:5:6:7") == NULL);
  CHECK(ether_aton("123:2:3:4:5:6") == NULL);
  CHECK(ether_aton("g:2:3:4:5:6") == NULL);
  CHECK(ether_aton("") == NULL);
  char host[256];
  CHECK_INT(ether_line("08:00:20:00:61:CA  pluto # the server", &a, host), 0);
  CHECK_STR(host, "pluto");
  CHECK_STR(ether_ntoa_r(&a, buf), "8:0:20:0:61:ca");
  CHECK_INT(ether_line("# only a comment", &a, host), -1);
  CHECK_INT(ether_line("08:00:20:00:61:CA", &a, host), -1);
  CHECK_INT(sizeof(struct ether_addr), 6);
  CHECK_INT(sizeof(struct ether_header), 14);
}

int main(void) {
  names();
  ether();
  return check_done();
}
