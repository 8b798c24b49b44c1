// ether_aton(_r), ether_ntoa(_r): Ethernet addresses as six colon-separated hex numbers
// ("0:1a:2b:3c:4d:5e", each of one or two digits, printed without leading zeros).
// ether_line, ether_ntohost, ether_hostton: the /etc/ethers database ("address name").
#include <netinet/ether.h>
#include <stdio.h>
#include <string.h>

#include "net/db_file.h"
#include "net/inet_core.h"

namespace pure::net {
namespace {

constinit thread_local struct ether_addr aton_result = {};
constinit thread_local char ntoa_result[18];

// Parses an address at s; returns the position after it or null. What follows must be
// the end of the string or whitespace.
const char* parse_ether(const char* s, struct ether_addr* out) {
  for (int i = 0; i < ETH_ALEN; i++) {
    int hi = inet::hex_value(*s);
    if (hi < 0) return nullptr;
    s++;
    unsigned v = static_cast<unsigned>(hi);
    int lo = inet::hex_value(*s);
    if (lo >= 0) {
      v = v * 16 + static_cast<unsigned>(lo);
      s++;
    }
    out->ether_addr_octet[i] = static_cast<uint8_t>(v);
    if (i < ETH_ALEN - 1) {
      if (*s != ':') return nullptr;
      s++;
    }
  }
  if (*s && !inet::is_space(*s)) return nullptr;
  return s;
}

}  // namespace
}  // namespace pure::net

extern "C" {

struct ether_addr* ether_aton_r(const char* asc, struct ether_addr* addr) {
  struct ether_addr tmp;
  if (!pure::net::parse_ether(asc, &tmp)) return nullptr;
  *addr = tmp;
  return addr;
}

struct ether_addr* ether_aton(const char* asc) { return ether_aton_r(asc, &pure::net::aton_result); }

char* ether_ntoa_r(const struct ether_addr* addr, char* buf) {
  const uint8_t* o = addr->ether_addr_octet;
  sprintf(buf, "%x:%x:%x:%x:%x:%x", o[0], o[1], o[2], o[3], o[4], o[5]);
  return buf;
}

char* ether_ntoa(const struct ether_addr* addr) { return ether_ntoa_r(addr, pure::net::ntoa_result); }

// "address hostname", with optional leading whitespace and a '#' comment. The host name
// is copied whole: callers provide a buffer as large as any host name.
int ether_line(const char* line, struct ether_addr* addr, char* hostname) {
  while (pure::inet::is_space(*line)) line++;
  struct ether_addr tmp;
  const char* p = pure::net::parse_ether(line, &tmp);
  if (!p) return -1;
  while (*p == ' ' || *p == '\t') p++;
  size_t n = 0;
  while (p[n] && p[n] != '#' && !pure::inet::is_space(p[n])) n++;
  if (n == 0) return -1;
  memcpy(hostname, p, n);
  hostname[n] = '\0';
  *addr = tmp;
  return 0;
}

int ether_ntohost(char* hostname, const struct ether_addr* addr) {
  using namespace pure::net;
  auto match = [&](const DbFile& f) {
    struct ether_addr a;
    return f.count >= 2 && parse_ether(f.field[0], &a) && !memcmp(&a, addr, sizeof a);
  };
  return db_find("/etc/ethers", match, [&](const DbFile& f) {
           strcpy(hostname, f.field[1]);
           return 0;
         }) ? -1 : 0;
}

int ether_hostton(const char* hostname, struct ether_addr* addr) {
  using namespace pure::net;
  struct ether_addr found;
  auto match = [&](const DbFile& f) {
    return f.count >= 2 && !strcmp(f.field[1], hostname) && parse_ether(f.field[0], &found);
  };
  if (db_find("/etc/ethers", match, [](const DbFile&) { return 0; })) return -1;
  *addr = found;
  return 0;
}

}  // extern "C"
