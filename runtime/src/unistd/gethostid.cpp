// gethostid and sethostid. The id is the 32-bit number in /etc/hostid; without that file,
// as other Linux libcs document, the host's IPv4 address (from /etc/hosts here) with its
// two 16-bit halves swapped, or 0 when the host has none.
#define _DEFAULT_SOURCE 1
#include <ctype.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "support/errno.h"
#include "support/syscall.h"

namespace pure {
namespace {

constexpr char kHostIdFile[] = "/etc/hostid";

// A dotted-quad IPv4 address, as the 4 bytes of the address in memory order.
bool parse_ipv4(const char* s, uint32_t* out) {
  unsigned char bytes[4];
  for (int i = 0; i < 4; i++) {
    if (!isdigit(static_cast<unsigned char>(*s))) return false;
    unsigned v = 0;
    while (isdigit(static_cast<unsigned char>(*s))) {
      v = v * 10 + static_cast<unsigned>(*s++ - '0');
      if (v > 255) return false;
    }
    bytes[i] = static_cast<unsigned char>(v);
    if (i < 3 && *s++ != '.') return false;
  }
  if (*s) return false;
  memcpy(out, bytes, 4);
  return true;
}

// The first IPv4 address /etc/hosts gives `host` (by name or alias).
bool hosts_address(const char* host, uint32_t* addr) {
  FILE* f = fopen("/etc/hosts", "re");
  if (!f) return false;
  char* line = nullptr;
  size_t cap = 0;
  bool found = false;
  while (!found && getline(&line, &cap, f) >= 0) {
    char* hash = strchr(line, '#');
    if (hash) *hash = 0;
    char* save;
    char* a = strtok_r(line, " \t\n", &save);
    uint32_t v;
    if (!a || !parse_ipv4(a, &v)) continue;
    for (char* name; (name = strtok_r(nullptr, " \t\n", &save));)
      if (strcasecmp(name, host) == 0) {
        *addr = v;
        found = true;
        break;
      }
  }
  free(line);
  fclose(f);
  return found;
}

}  // namespace
}  // namespace pure

extern "C" {

long gethostid(void) {
  int saved = errno;
  long fd = pure::syscall(__NR_openat, AT_FDCWD, pure::kHostIdFile, O_RDONLY | O_CLOEXEC, 0);
  if (!pure::is_error(fd)) {
    int32_t id;
    long n = pure::syscall(__NR_read, fd, &id, sizeof id);
    pure::syscall(__NR_close, fd);
    if (n == sizeof id) return id;
  }
  char host[256];
  uint32_t addr;
  long id = 0;
  if (gethostname(host, sizeof host) == 0 && pure::hosts_address(host, &addr))
    id = static_cast<int32_t>((addr << 16) | (addr >> 16));
  errno = saved;
  return id;
}

int sethostid(long id) {
  long fd = pure::syscall(__NR_openat, AT_FDCWD, pure::kHostIdFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (pure::is_error(fd)) return static_cast<int>(pure::to_errno(fd));
  int32_t value = static_cast<int32_t>(id);
  long n = pure::syscall(__NR_write, fd, &value, sizeof value);
  pure::syscall(__NR_close, fd);
  if (pure::is_error(n)) return static_cast<int>(pure::to_errno(n));
  return n == sizeof value ? 0 : pure::fail(EIO, -1);
}

}  // extern "C"
