// Host lookups: /etc/hosts, then DNS (A/AAAA, CNAME chains; PTR for addresses).
#include "net/lookup.h"

#include <arpa/inet.h>
#include <resolv.h>
#include <string.h>
#include <stdlib.h>
#include <strings.h>

#include "net/db_file.h"
#include "net/dns_core.h"
#include "net/resolver.h"

namespace pure::net {

void HostEntry::clear() {
  name[0] = '\0';
  address_count = 0;
  alias_count = 0;
  alias_text[0] = '\0';
}

void HostEntry::add_address(int family, const uint8_t* bytes) {
  int len = family == AF_INET ? 4 : 16;
  for (int i = 0; i < address_count; i++)
    if (addresses[i].family == family && !memcmp(addresses[i].bytes, bytes, static_cast<size_t>(len))) return;
  if (address_count == kMaxAddresses) return;
  HostAddress& a = addresses[address_count++];
  a.family = family;
  memset(a.bytes, 0, sizeof a.bytes);
  memcpy(a.bytes, bytes, static_cast<size_t>(len));
}

const char* HostEntry::alias(int i) const {
  const char* p = alias_text;
  while (i-- > 0) p += strlen(p) + 1;
  return p;
}

void HostEntry::add_alias(const char* a) {
  if (!strcasecmp(a, name)) return;
  size_t used = 0;
  for (int i = 0; i < alias_count; i++) {
    const char* p = alias_text + used;
    if (!strcasecmp(p, a)) return;
    used += strlen(p) + 1;
  }
  size_t len = strlen(a) + 1;
  if (used + len > sizeof alias_text) return;
  memcpy(alias_text + used, a, len);
  alias_count++;
}

namespace {

// Parses a hosts-file address: IPv4 dotted quad or IPv6 (a %scope suffix is ignored).
bool parse_hosts_address(const char* text, HostAddress& a) {
  if (inet_pton(AF_INET, text, a.bytes) == 1) {
    a.family = AF_INET;
    return true;
  }
  char buf[INET6_ADDRSTRLEN];
  size_t len = strcspn(text, "%");
  if (len >= sizeof buf) return false;
  memcpy(buf, text, len);
  buf[len] = '\0';
  if (inet_pton(AF_INET6, buf, a.bytes) == 1) {
    a.family = AF_INET6;
    return true;
  }
  return false;
}

void copy_name(char* dst, const char* src) {
  strncpy(dst, src, NI_MAXHOST - 1);
  dst[NI_MAXHOST - 1] = '\0';
}

// Every line naming name (as canonical name or alias) adds its address; the first such
// line gives the canonical name and aliases.
bool hosts_by_name(const char* name, int family, HostEntry& out) {
  DbFile file;
  if (!file.open(_PATH_HOSTS)) return false;
  bool found = false;
  while (file.next()) {
    if (file.count < 2) continue;
    bool match = false;
    for (int i = 1; i < file.count && !match; i++) match = !strcasecmp(file.field[i], name);
    if (!match) continue;
    HostAddress a;
    if (!parse_hosts_address(file.field[0], a)) continue;
    if (family != AF_UNSPEC && a.family != family) continue;
    if (!found) {
      copy_name(out.name, file.field[1]);
      for (int i = 2; i < file.count; i++) out.add_alias(file.field[i]);
      found = true;
    }
    out.add_address(a.family, a.bytes);
  }
  file.close();
  return found;
}

bool hosts_by_address(int family, const uint8_t* bytes, HostEntry& out) {
  DbFile file;
  if (!file.open(_PATH_HOSTS)) return false;
  bool found = false;
  size_t len = family == AF_INET ? 4 : 16;
  while (file.next()) {
    HostAddress a;
    if (file.count < 2 || !parse_hosts_address(file.field[0], a)) continue;
    if (a.family != family || memcmp(a.bytes, bytes, len)) continue;
    copy_name(out.name, file.field[1]);
    for (int i = 2; i < file.count; i++) out.add_alias(file.field[i]);
    out.add_address(family, bytes);
    found = true;
    break;
  }
  file.close();
  return found;
}

// Walks the answer section of a reply. For each record calls fn(type, owner wire name,
// rdata, rdlen); returns false if the message is malformed.
template <class Fn> bool for_each_answer(const uint8_t* msg, int len, Fn fn) {
  const uint8_t* eom = msg + len;
  if (len < NS_HFIXEDSZ) return false;
  unsigned qd = dns::get16(msg + 4), an = dns::get16(msg + 6);
  const uint8_t* p = msg + NS_HFIXEDSZ;
  for (unsigned i = 0; i < qd; i++) {
    int n = dns::skip_name(p, eom);
    if (n < 0 || eom - p - n < NS_QFIXEDSZ) return false;
    p += n + NS_QFIXEDSZ;
  }
  for (unsigned i = 0; i < an; i++) {
    uint8_t owner[dns::kMaxWireName];
    int n = dns::read_wire_name(msg, eom, p, owner);
    if (n < 0 || eom - p - n < NS_RRFIXEDSZ) return false;
    p += n;
    unsigned type = dns::get16(p), cls = dns::get16(p + 2), rdlen = dns::get16(p + 8);
    p += NS_RRFIXEDSZ;
    if (static_cast<unsigned long>(eom - p) < rdlen) return false;
    if (cls == ns_c_in) fn(type, owner, p, rdlen);
    p += rdlen;
  }
  return true;
}

constexpr int kAnswerSize = 65536;

// A or AAAA records for name, following CNAMEs: the chain's names become aliases and
// its end the canonical name.
int dns_by_name(const char* name, int type, HostEntry& out, unsigned char* answer) {
  int herr = 0;
  int len = search(name, ns_c_in, type, answer, kAnswerSize, &herr);
  if (len < 0) return herr;
  int family = type == ns_t_a ? AF_INET : AF_INET6;
  unsigned want = type == ns_t_a ? 4u : 16u;
  bool have_name = out.name[0] != '\0';
  bool any = false;
  char text[NI_MAXHOST];
  bool ok = for_each_answer(answer, len, [&](unsigned rtype, const uint8_t* owner, const uint8_t* rdata,
                                             unsigned rdlen) {
    if (rtype == ns_t_cname) {
      if (dns::wire_to_text(owner, text, sizeof text) >= 0) out.add_alias(text);
      uint8_t target[dns::kMaxWireName];
      if (dns::read_wire_name(answer, answer + len, rdata, target) >= 0 &&
          dns::wire_to_text(target, text, sizeof text) >= 0 && !have_name)
        copy_name(out.name, text);
    } else if (rtype == static_cast<unsigned>(type) && rdlen == want) {
      if (!have_name && dns::wire_to_text(owner, text, sizeof text) >= 0) {
        copy_name(out.name, text);
        have_name = true;
      }
      out.add_address(family, rdata);
      any = true;
    }
  });
  if (!ok) return NO_RECOVERY;
  return any ? 0 : NO_DATA;
}

}  // namespace

int lookup_name(const char* name, int family, HostEntry& out) {
  out.clear();
  if (!name || !*name) return HOST_NOT_FOUND;
  if (hosts_by_name(name, family, out)) return 0;
  unsigned char* answer = static_cast<unsigned char*>(malloc(kAnswerSize));
  if (!answer) return NETDB_INTERNAL;
  struct __res_state& st = resolver();
  int result = HOST_NOT_FOUND;
  bool want6 = (family == AF_INET6 || family == AF_UNSPEC) && !(st.options & RES_NOAAAA);
  bool want4 = family == AF_INET || family == AF_UNSPEC;
  int r6 = want6 ? dns_by_name(name, ns_t_aaaa, out, answer) : HOST_NOT_FOUND;
  int r4 = want4 ? dns_by_name(name, ns_t_a, out, answer) : HOST_NOT_FOUND;
  free(answer);
  if (out.address_count > 0) return 0;
  // Report the most hopeful failure: the name exists, or the server may answer later.
  if (r6 == NO_DATA || r4 == NO_DATA) result = NO_DATA;
  else if (r6 == TRY_AGAIN || r4 == TRY_AGAIN) result = TRY_AGAIN;
  if (result == HOST_NOT_FOUND && (r4 == NO_RECOVERY || r6 == NO_RECOVERY)) result = NO_RECOVERY;
  return result;
}

int lookup_address(int family, const uint8_t* bytes, HostEntry& out) {
  out.clear();
  if (hosts_by_address(family, bytes, out)) return 0;
  // The reverse name: d.c.b.a.in-addr.arpa, or 32 nibbles then ip6.arpa.
  char qname[80];
  size_t n = 0;
  static constexpr char kHex[] = "0123456789abcdef";
  if (family == AF_INET) {
    for (int i = 3; i >= 0; i--) {
      unsigned v = bytes[i];
      if (v >= 100) qname[n++] = static_cast<char>('0' + v / 100);
      if (v >= 10) qname[n++] = static_cast<char>('0' + v / 10 % 10);
      qname[n++] = static_cast<char>('0' + v % 10);
      qname[n++] = '.';
    }
    memcpy(qname + n, "in-addr.arpa", 13);
  } else {
    for (int i = 15; i >= 0; i--) {
      qname[n++] = kHex[bytes[i] & 0xf];
      qname[n++] = '.';
      qname[n++] = kHex[bytes[i] >> 4];
      qname[n++] = '.';
    }
    memcpy(qname + n, "ip6.arpa", 9);
  }
  unsigned char* answer = static_cast<unsigned char*>(malloc(kAnswerSize));
  if (!answer) return NETDB_INTERNAL;
  int herr = 0;
  int len = query(qname, ns_c_in, ns_t_ptr, answer, kAnswerSize, &herr);
  if (len < 0) {
    free(answer);
    return herr;
  }
  bool found = false;
  bool ok = for_each_answer(answer, len, [&](unsigned type, const uint8_t*, const uint8_t* rdata, unsigned) {
    uint8_t target[dns::kMaxWireName];
    char text[NI_MAXHOST];
    if (type != ns_t_ptr || dns::read_wire_name(answer, answer + len, rdata, target) < 0 ||
        dns::wire_to_text(target, text, sizeof text) < 0)
      return;
    if (!found) copy_name(out.name, text);
    else out.add_alias(text);
    found = true;
  });
  free(answer);
  if (!ok) return NO_RECOVERY;
  if (!found) return NO_DATA;
  out.add_address(family, bytes);
  return 0;
}

bool hosts_line_entry(const DbFile& line, HostEntry& out) {
  HostAddress a;
  if (line.count < 2 || !parse_hosts_address(line.field[0], a)) return false;
  out.clear();
  copy_name(out.name, line.field[1]);
  for (int i = 2; i < line.count; i++) out.add_alias(line.field[i]);
  out.add_address(a.family, a.bytes);
  return true;
}

}  // namespace pure::net
