// Host name lookups shared by getaddrinfo, getnameinfo and gethostby*: /etc/hosts
// first, then DNS (the "files dns" order; there are no NSS modules).
#pragma once
#include <netdb.h>
#include <stdint.h>

namespace pure::net {

struct HostAddress {
  int family;  // AF_INET or AF_INET6
  uint8_t bytes[16];
};

struct HostEntry {
  static constexpr int kMaxAddresses = 48;
  static constexpr int kAliasText = 1024;
  char name[NI_MAXHOST];
  int address_count;
  HostAddress addresses[kMaxAddresses];
  int alias_count;
  char alias_text[kAliasText];  // the aliases one after another, each NUL-terminated

  void clear();
  void add_address(int family, const uint8_t* bytes);
  void add_alias(const char* alias);
  const char* alias(int i) const;  // i < alias_count
};

// Forward lookup: the addresses of the given family (AF_INET, AF_INET6 or AF_UNSPEC for
// both) for name. Returns 0, or the h_errno value (HOST_NOT_FOUND, NO_DATA, TRY_AGAIN,
// NO_RECOVERY).
int lookup_name(const char* name, int family, HostEntry& out);

// Reverse lookup of a 4- or 16-byte address; returns 0 or an h_errno value.
int lookup_address(int family, const uint8_t* bytes, HostEntry& out);

class DbFile;
// The entry of one /etc/hosts line; false if the line is not one.
bool hosts_line_entry(const DbFile& line, HostEntry& out);

}  // namespace pure::net
