// if_nametoindex and if_indextoname: the SIOCGIFINDEX and SIOCGIFNAME ioctls on a
// throwaway datagram socket.
#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <net/if.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

unsigned int if_nametoindex(const char* name) {
  struct ifreq ifr = {};
  size_t len = strlen(name);
  if (len >= IF_NAMESIZE) return pure::fail(ENODEV, 0u);
  memcpy(ifr.ifr_name, name, len);
  int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return 0;
  long r = pure::syscall(__NR_ioctl, fd, SIOCGIFINDEX, &ifr);
  close(fd);
  if (pure::is_error(r)) return pure::fail(static_cast<int>(-r), 0u);
  return static_cast<unsigned>(ifr.ifr_ifindex);
}

char* if_indextoname(unsigned int index, char* name) {
  struct ifreq ifr = {};
  ifr.ifr_ifindex = static_cast<int>(index);
  int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return nullptr;
  long r = pure::syscall(__NR_ioctl, fd, SIOCGIFNAME, &ifr);
  close(fd);
  // No interface with that index: ENXIO, as POSIX says.
  if (pure::is_error(r)) return pure::fail(r == -ENODEV ? ENXIO : static_cast<int>(-r), static_cast<char*>(nullptr));
  memcpy(name, ifr.ifr_name, IF_NAMESIZE);
  name[IF_NAMESIZE - 1] = '\0';
  return name;
}

}  // extern "C"
