// Host differential test: the address text core (net/inet_core.h) against glibc's
// inet_aton, inet_pton and inet_ntop, and the DNS name core (net/dns_core.h) against
// glibc's ns_name_uncompress and dn_skipname: hand-picked edge cases, then random
// addresses and random strings over the characters that matter. Prints
// "0 / N mismatches" when every result agrees.
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <resolv.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "net/dns_core.h"
#include "net/inet_core.h"

static long fails, total;

static void mismatch(const char* what, const char* input, const char* ours, const char* theirs) {
  if (fails++ < 40) printf("MISMATCH %s [%s]: ours %s, glibc %s\n", what, input, ours, theirs);
}

static void check_aton(const char* s) {
  uint32_t ours = 0;
  bool ok = pure::inet::parse_ipv4_classic(s, ours);
  struct in_addr a;
  int r = inet_aton(s, &a);
  total++;
  if (ok != (r != 0) || (ok && ours != ntohl(a.s_addr))) {
    char o[32], t[32];
    snprintf(o, sizeof o, "%d/%08x", ok, ours);
    snprintf(t, sizeof t, "%d/%08x", r, r ? ntohl(a.s_addr) : 0);
    mismatch("inet_aton", s, o, t);
  }
}

static void check_pton(const char* s) {
  uint8_t ours4[4], theirs4[4];
  bool ok4 = pure::inet::parse_ipv4_strict(s, s + strlen(s), ours4);
  int r4 = inet_pton(AF_INET, s, theirs4);
  total++;
  if (ok4 != (r4 == 1) || (ok4 && memcmp(ours4, theirs4, 4))) mismatch("inet_pton4", s, ok4 ? "ok" : "no", r4 == 1 ? "ok" : "no");
  uint8_t ours6[16], theirs6[16];
  bool ok6 = pure::inet::parse_ipv6(s, ours6);
  int r6 = inet_pton(AF_INET6, s, theirs6);
  total++;
  if (ok6 != (r6 == 1) || (ok6 && memcmp(ours6, theirs6, 16))) mismatch("inet_pton6", s, ok6 ? "ok" : "no", r6 == 1 ? "ok" : "no");
}

static void check_ntop(const uint8_t bytes[16]) {
  char ours[INET6_ADDRSTRLEN], theirs[INET6_ADDRSTRLEN];
  pure::inet::format_ipv6(bytes, ours);
  inet_ntop(AF_INET6, bytes, theirs, sizeof theirs);
  total++;
  if (strcmp(ours, theirs)) mismatch("inet_ntop6", theirs, ours, theirs);
  char o4[16], t4[16];
  pure::inet::format_ipv4(bytes, o4);
  inet_ntop(AF_INET, bytes, t4, sizeof t4);
  total++;
  if (strcmp(o4, t4)) mismatch("inet_ntop4", t4, o4, t4);
}

// A random DNS-ish message: labels, pointers (mostly backwards), odd bytes.
static void check_names(const uint8_t* msg, int len) {
  for (int off = 0; off < len; off++) {
    uint8_t wire[pure::dns::kMaxWireName];
    char ours[NS_MAXDNAME] = "", theirs[NS_MAXDNAME] = "";
    int n = pure::dns::read_wire_name(msg, msg + len, msg + off, wire);
    if (n >= 0 && pure::dns::wire_to_text(wire, ours, sizeof ours) < 0) n = -1;
    int m = ns_name_uncompress(msg, msg + len, msg + off, theirs, sizeof theirs);
    total++;
    if (n != m || (n >= 0 && strcmp(ours, theirs))) {
      char o[NS_MAXDNAME + 16], t[NS_MAXDNAME + 16], in[32];
      snprintf(o, sizeof o, "%d %s", n, ours);
      snprintf(t, sizeof t, "%d %s", m, theirs);
      snprintf(in, sizeof in, "len %d off %d", len, off);
      mismatch("ns_name_uncompress", in, o, t);
    }
    int k = pure::dns::skip_name(msg + off, msg + len);
    int l = dn_skipname(msg + off, msg + len);
    total++;
    if (k != l) {
      char o[16], t[16], in[32];
      snprintf(o, sizeof o, "%d", k);
      snprintf(t, sizeof t, "%d", l);
      snprintf(in, sizeof in, "len %d off %d", len, off);
      mismatch("dn_skipname", in, o, t);
    }
  }
}

int main(int argc, char** argv) {
  const char* edge[] = {"", "0", "1", "1.2", "1.2.3", "1.2.3.4", "1.2.3.4.5", "255.255.255.255", "256.0.0.0",
                        "0x", "0x1", "0X1f.1", "0x100000000", "4294967295", "4294967296", "017777777777", "08",
                        "1.2.3.4 ", "1.2.3.4\t", "1.2.3.4x", " 1.2.3.4", "1..2", ".1", "1.", "01.02.03.04",
                        "0.0.0.0", "00", "1.0x", "1.0xg", "1.2.65535", "1.2.65536", "1.16777215", "1.16777216",
                        "::", "::1", ":::", "1::", "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:8",
                        "1:2:3:4:5:6:7:8:9", "::ffff:1.2.3.4", "::1.2.3.4", "1::1.2.3.4", "1:2:3:4:5:6:1.2.3.4",
                        "1:2:3:4:5:6:7:1.2.3.4", "::01.2.3.4", "::1.2.3", "00000::1", "0000::1", "1:2", ":1",
                        "1:", "fe80::1%eth0", "::ffff:256.1.1.1", "1::2::3", "::1.2.3.4:1", "a:b:c:d:e:f:1.2.3.4"};
  for (const char* s : edge) {
    check_aton(s);
    check_pton(s);
  }
  srand(argc > 1 ? atoi(argv[1]) : 1);
  char buf[64];
  static const char kChars[] = "0123456789abcdefABCDEFxX.:  ";
  for (int i = 0; i < 400000; i++) {
    int len = rand() % 24;
    for (int j = 0; j < len; j++) buf[j] = kChars[rand() % (sizeof kChars - 1)];
    buf[len] = '\0';
    check_aton(buf);
    check_pton(buf);
  }
  // Plausible addresses: dotted parts in all bases, IPv6 text from random addresses.
  for (int i = 0; i < 200000; i++) {
    int parts = 1 + rand() % 4, n = 0;
    for (int p = 0; p < parts; p++) {
      unsigned v = static_cast<unsigned>(rand()) % (p == parts - 1 ? 70000u : 300u);
      const char* fmt = rand() % 3 == 0 ? "0x%x" : rand() % 2 ? "0%o" : "%u";
      n += snprintf(buf + n, sizeof buf - static_cast<size_t>(n), fmt, v);
      if (p < parts - 1) buf[n++] = '.';
    }
    buf[n] = '\0';
    check_aton(buf);
    check_pton(buf);
    uint8_t a[16];
    for (int j = 0; j < 16; j++) a[j] = rand() % 3 ? 0 : static_cast<uint8_t>(rand());
    if (rand() % 4 == 0) {
      memset(a, 0, 10);
      a[10] = a[11] = rand() % 2 ? 0xff : 0;
    }
    check_ntop(a);
    char text[INET6_ADDRSTRLEN];
    inet_ntop(AF_INET6, a, text, sizeof text);
    check_pton(text);
  }
  // DNS names: random messages built from labels and pointers.
  for (int i = 0; i < 20000; i++) {
    uint8_t msg[300];
    int len = 0, target = 20 + rand() % 260;
    while (len < target) {
      int kind = rand() % 10;
      if (kind < 6) {
        int l = rand() % 10;
        if (len + 1 + l > target) break;
        msg[len++] = static_cast<uint8_t>(l);
        for (int j = 0; j < l; j++) msg[len++] = static_cast<uint8_t>(rand() % 5 ? 'a' + rand() % 26 : rand());
      } else if (kind < 8 && len + 2 <= target) {
        unsigned to = static_cast<unsigned>(rand() % (len + 8));
        msg[len++] = static_cast<uint8_t>(0xc0 | (to >> 8));
        msg[len++] = static_cast<uint8_t>(to);
      } else {
        msg[len++] = rand() % 2 ? 0 : static_cast<uint8_t>(rand());
      }
    }
    check_names(msg, len);
  }
  printf("%ld / %ld mismatches\n", fails, total);
  return fails != 0;
}
