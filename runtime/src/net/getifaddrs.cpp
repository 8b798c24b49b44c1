// getifaddrs and freeifaddrs, from route netlink: one entry per interface (RTM_GETLINK:
// flags, an AF_PACKET address with the hardware address, the link statistics as
// ifa_data), then one per address (RTM_GETADDR: address, netmask from the prefix
// length, broadcast or point-to-point peer). Each entry is one allocation.
#define _DEFAULT_SOURCE 1
#include <ifaddrs.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <string.h>

#include "net/netlink.h"
#include "support/errno.h"

namespace pure::net {
namespace {

union Address {
  struct sockaddr sa;
  struct sockaddr_in in;
  struct sockaddr_in6 in6;
  struct sockaddr_ll ll;
};

struct Entry {
  struct ifaddrs ifa;
  Address addr, netmask, broad;
  char name[IF_NAMESIZE];
  struct rtnl_link_stats stats;
  int index;
};

struct List {
  Entry* head = nullptr;
  Entry* tail = nullptr;

  Entry* add() {
    Entry* e = static_cast<Entry*>(calloc(1, sizeof(Entry)));
    if (!e) return nullptr;
    if (tail) tail->ifa.ifa_next = &e->ifa;
    else head = e;
    tail = e;
    return e;
  }
  const Entry* link(int index) const {
    for (Entry* e = head; e; e = reinterpret_cast<Entry*>(e->ifa.ifa_next))
      if (e->index == index && e->ifa.ifa_addr && e->ifa.ifa_addr->sa_family == AF_PACKET) return e;
    return nullptr;
  }
};

void set_ip(Address& a, int family, const void* data, size_t len, unsigned scope) {
  if (family == AF_INET && len >= 4) {
    a.in.sin_family = AF_INET;
    memcpy(&a.in.sin_addr, data, 4);
  } else if (family == AF_INET6 && len >= 16) {
    a.in6.sin6_family = AF_INET6;
    memcpy(&a.in6.sin6_addr, data, 16);
    const uint8_t* b = static_cast<const uint8_t*>(data);
    if ((b[0] == 0xfe && (b[1] & 0xc0) == 0x80) || (b[0] == 0xff && (b[1] & 0xf) == 2)) a.in6.sin6_scope_id = scope;
  }
}

void set_netmask(Address& a, int family, unsigned prefix) {
  uint8_t* bytes;
  unsigned max;
  if (family == AF_INET) {
    a.in.sin_family = AF_INET;
    bytes = reinterpret_cast<uint8_t*>(&a.in.sin_addr);
    max = 32;
  } else {
    a.in6.sin6_family = AF_INET6;
    bytes = a.in6.sin6_addr.s6_addr;
    max = 128;
  }
  if (prefix > max) prefix = max;
  for (unsigned i = 0; i < prefix / 8; i++) bytes[i] = 0xff;
  if (prefix % 8) bytes[prefix / 8] = static_cast<uint8_t>(0xff00 >> (prefix % 8));
}

bool add_link(List& list, const struct nlmsghdr* h) {
  if (h->nlmsg_type != RTM_NEWLINK) return true;
  auto* ifi = static_cast<const struct ifinfomsg*>(NLMSG_DATA(h));
  Entry* e = list.add();
  if (!e) return false;
  e->index = ifi->ifi_index;
  e->ifa.ifa_flags = ifi->ifi_flags;
  e->ifa.ifa_name = e->name;
  e->addr.ll.sll_family = AF_PACKET;
  e->addr.ll.sll_ifindex = ifi->ifi_index;
  e->addr.ll.sll_hatype = ifi->ifi_type;
  e->ifa.ifa_addr = &e->addr.sa;
  int len = static_cast<int>(h->nlmsg_len) - static_cast<int>(NLMSG_LENGTH(sizeof *ifi));
  for (auto* a = IFLA_RTA(ifi); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
    size_t n = RTA_PAYLOAD(a);
    switch (a->rta_type) {
      case IFLA_IFNAME:
        memcpy(e->name, RTA_DATA(a), n < IF_NAMESIZE ? n : IF_NAMESIZE - 1);
        break;
      case IFLA_ADDRESS:
        if (n <= sizeof e->addr.ll.sll_addr) {
          memcpy(e->addr.ll.sll_addr, RTA_DATA(a), n);
          e->addr.ll.sll_halen = static_cast<unsigned char>(n);
        }
        break;
      case IFLA_BROADCAST:
        if (n <= sizeof e->broad.ll.sll_addr) {
          e->broad.ll.sll_family = AF_PACKET;
          e->broad.ll.sll_ifindex = ifi->ifi_index;
          e->broad.ll.sll_hatype = ifi->ifi_type;
          memcpy(e->broad.ll.sll_addr, RTA_DATA(a), n);
          e->broad.ll.sll_halen = static_cast<unsigned char>(n);
          e->ifa.ifa_broadaddr = &e->broad.sa;
        }
        break;
      case IFLA_STATS:
        memcpy(&e->stats, RTA_DATA(a), n < sizeof e->stats ? n : sizeof e->stats);
        e->ifa.ifa_data = &e->stats;
        break;
    }
  }
  return true;
}

bool add_address(List& list, const struct nlmsghdr* h) {
  if (h->nlmsg_type != RTM_NEWADDR) return true;
  auto* ifa = static_cast<const struct ifaddrmsg*>(NLMSG_DATA(h));
  if (ifa->ifa_family != AF_INET && ifa->ifa_family != AF_INET6) return true;
  const Entry* link = list.link(static_cast<int>(ifa->ifa_index));
  Entry* e = list.add();
  if (!e) return false;
  e->index = static_cast<int>(ifa->ifa_index);
  e->ifa.ifa_name = e->name;
  if (link) {
    memcpy(e->name, link->name, IF_NAMESIZE);
    e->ifa.ifa_flags = link->ifa.ifa_flags;
  }
  int len = static_cast<int>(h->nlmsg_len) - static_cast<int>(NLMSG_LENGTH(sizeof *ifa));
  const struct rtattr *address = nullptr, *local = nullptr, *broadcast = nullptr;
  for (auto* a = IFA_RTA(ifa); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
    if (a->rta_type == IFA_ADDRESS) address = a;
    else if (a->rta_type == IFA_LOCAL) local = a;
    else if (a->rta_type == IFA_BROADCAST) broadcast = a;
    else if (a->rta_type == IFA_LABEL && !link) {
      size_t n = RTA_PAYLOAD(a);
      memcpy(e->name, RTA_DATA(a), n < IF_NAMESIZE ? n : IF_NAMESIZE - 1);
    }
  }
  // On a point-to-point link IFA_LOCAL is ours and IFA_ADDRESS the peer's.
  const struct rtattr* own = local ? local : address;
  if (own) {
    set_ip(e->addr, ifa->ifa_family, RTA_DATA(own), RTA_PAYLOAD(own), ifa->ifa_index);
    e->ifa.ifa_addr = &e->addr.sa;
  }
  if (local && address && memcmp(RTA_DATA(local), RTA_DATA(address), RTA_PAYLOAD(local)) != 0) {
    set_ip(e->broad, ifa->ifa_family, RTA_DATA(address), RTA_PAYLOAD(address), ifa->ifa_index);
    e->ifa.ifa_dstaddr = &e->broad.sa;
  } else if (broadcast) {
    set_ip(e->broad, ifa->ifa_family, RTA_DATA(broadcast), RTA_PAYLOAD(broadcast), ifa->ifa_index);
    e->ifa.ifa_broadaddr = &e->broad.sa;
  }
  set_netmask(e->netmask, ifa->ifa_family, ifa->ifa_prefixlen);
  e->ifa.ifa_netmask = &e->netmask.sa;
  return true;
}

}  // namespace
}  // namespace pure::net

extern "C" {

void freeifaddrs(struct ifaddrs* ifa) {
  while (ifa) {
    struct ifaddrs* next = ifa->ifa_next;
    free(ifa);  // the ifaddrs is the start of its entry's one allocation
    ifa = next;
  }
}

int getifaddrs(struct ifaddrs** ifap) {
  using namespace pure::net;
  int fd = netlink_open();
  if (fd < 0) return -1;
  List list;
  int r = netlink_dump(fd, RTM_GETLINK, [&](const struct nlmsghdr* h) { return add_link(list, h); });
  if (!r) r = netlink_dump(fd, RTM_GETADDR, [&](const struct nlmsghdr* h) { return add_address(list, h); });
  close(fd);
  if (r) {
    freeifaddrs(list.head ? &list.head->ifa : nullptr);
    return pure::fail(r, -1);
  }
  *ifap = list.head ? &list.head->ifa : nullptr;
  return 0;
}

}  // extern "C"
