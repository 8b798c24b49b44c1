// A route-netlink dump (RTM_GETLINK, RTM_GETADDR): the request, then each reply message
// handed to a callback until NLMSG_DONE. Used by if_nameindex and getifaddrs.
#pragma once
#include <errno.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pure::net {

// Returns 0, or an errno value. fn(const nlmsghdr*) returns false to stop early (ENOMEM).
template <class Fn> int netlink_dump(int fd, int type, Fn fn) {
  struct {
    struct nlmsghdr nh;
    struct rtgenmsg g;
  } req = {};
  req.nh.nlmsg_len = sizeof req;
  req.nh.nlmsg_type = static_cast<unsigned short>(type);
  req.nh.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
  req.nh.nlmsg_seq = static_cast<unsigned>(type);
  req.g.rtgen_family = AF_UNSPEC;
  if (send(fd, &req, sizeof req, 0) < 0) return errno;
  constexpr size_t kBuf = 16384;
  char* buf = static_cast<char*>(malloc(kBuf));
  if (!buf) return ENOMEM;
  int result = 0;
  for (bool done = false; !done;) {
    ssize_t n = recv(fd, buf, kBuf, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      result = errno;
      break;
    }
    if (n == 0) {
      result = EIO;
      break;
    }
    size_t left = static_cast<size_t>(n);
    for (auto* h = reinterpret_cast<struct nlmsghdr*>(buf); NLMSG_OK(h, left); h = NLMSG_NEXT(h, left)) {
      if (h->nlmsg_seq != static_cast<unsigned>(type)) continue;
      if (h->nlmsg_type == NLMSG_DONE) {
        done = true;
        break;
      }
      if (h->nlmsg_type == NLMSG_ERROR) {
        auto* e = static_cast<struct nlmsgerr*>(NLMSG_DATA(h));
        result = e->error ? -e->error : EIO;
        done = true;
        break;
      }
      if (!fn(h)) {
        result = ENOMEM;
        done = true;
        break;
      }
    }
  }
  free(buf);
  return result;
}

inline int netlink_open() { return socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE); }

}  // namespace pure::net
