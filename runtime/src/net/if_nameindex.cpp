// if_nameindex and if_freenameindex: every interface (up or down, with or without an
// address), from a route-netlink RTM_GETLINK dump. One allocation: the array, ending in
// {0, null}, followed by the names.
#define _DEFAULT_SOURCE 1
#include <net/if.h>
#include <string.h>

#include "net/netlink.h"
#include "support/errno.h"

extern "C" {

struct if_nameindex* if_nameindex(void) {
  int fd = pure::net::netlink_open();
  if (fd < 0) return nullptr;
  size_t count = 0, cap = 8;
  struct Entry {
    unsigned index;
    char name[IF_NAMESIZE];
  };
  Entry* entries = static_cast<Entry*>(malloc(cap * sizeof(Entry)));
  if (!entries) {
    close(fd);
    return pure::fail(ENOBUFS, static_cast<struct if_nameindex*>(nullptr));
  }
  int r = pure::net::netlink_dump(fd, RTM_GETLINK, [&](const struct nlmsghdr* h) {
    if (h->nlmsg_type != RTM_NEWLINK) return true;
    auto* ifi = static_cast<const struct ifinfomsg*>(NLMSG_DATA(h));
    int len = static_cast<int>(h->nlmsg_len) - static_cast<int>(NLMSG_LENGTH(sizeof *ifi));
    for (auto* a = IFLA_RTA(ifi); RTA_OK(a, len); a = RTA_NEXT(a, len)) {
      if (a->rta_type != IFLA_IFNAME) continue;
      if (count == cap) {
        Entry* bigger = static_cast<Entry*>(realloc(entries, 2 * cap * sizeof(Entry)));
        if (!bigger) return false;
        entries = bigger;
        cap *= 2;
      }
      Entry& e = entries[count++];
      e.index = static_cast<unsigned>(ifi->ifi_index);
      size_t n = RTA_PAYLOAD(a) < IF_NAMESIZE ? RTA_PAYLOAD(a) : IF_NAMESIZE;
      memcpy(e.name, RTA_DATA(a), n);
      e.name[IF_NAMESIZE - 1] = '\0';
      if (n < IF_NAMESIZE) e.name[n] = '\0';
      break;
    }
    return true;
  });
  close(fd);
  if (r) {
    free(entries);
    return pure::fail(r == ENOMEM ? ENOBUFS : r, static_cast<struct if_nameindex*>(nullptr));
  }
  auto* list = static_cast<struct if_nameindex*>(malloc((count + 1) * sizeof(struct if_nameindex) + count * IF_NAMESIZE));
  if (!list) {
    free(entries);
    return pure::fail(ENOBUFS, static_cast<struct if_nameindex*>(nullptr));
  }
  char* names = reinterpret_cast<char*>(list + count + 1);
  for (size_t i = 0; i < count; i++) {
    list[i].if_index = entries[i].index;
    list[i].if_name = names + i * IF_NAMESIZE;
    memcpy(list[i].if_name, entries[i].name, IF_NAMESIZE);
  }
  list[count].if_index = 0;
  list[count].if_name = nullptr;
  free(entries);
  return list;
}

void if_freenameindex(struct if_nameindex* ptr) { free(ptr); }

}  // extern "C"
