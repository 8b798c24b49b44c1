/* arpa/inet.h and netinet/in.h: byte order, inet_aton/inet_addr in all four classic
   forms, inet_pton/inet_ntop for IPv4 and IPv6 (RFC 4291 text forms in, RFC 5952 out),
   inet_ntoa, the classful helpers, the IN6_IS_ADDR_* macros and in6addr_*. */
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <string.h>

#include "../check.h"

/* Through pointers, so the functions (not the C macros) are what runs. */
static uint32_t (*volatile p_htonl)(uint32_t) = htonl;
static uint16_t (*volatile p_htons)(uint16_t) = htons;
static uint32_t (*volatile p_ntohl)(uint32_t) = ntohl;
static uint16_t (*volatile p_ntohs)(uint16_t) = ntohs;

static const char *ntop6(const char *text) {
  static char out[INET6_ADDRSTRLEN];
  struct in6_addr a;
  if (inet_pton(AF_INET6, text, &a) != 1) return "(invalid)";
  return inet_ntop(AF_INET6, &a, out, sizeof out);
}

static unsigned aton(const char *text) {
  struct in_addr a;
  if (!inet_aton(text, &a)) return 0xdeadbeef;
  return ntohl(a.s_addr);
}

int main(void) {
  unsigned char bytes[4];
  uint32_t v = p_htonl(0x01020304);
  memcpy(bytes, &v, 4);
  CHECK(bytes[0] == 1 && bytes[1] == 2 && bytes[2] == 3 && bytes[3] == 4);
  CHECK_INT(p_htons(0x0102), 0x0201);
  CHECK_INT(p_ntohl(p_htonl(0xdeadbeef)), 0xdeadbeef);
  CHECK_INT(p_ntohs(0xfeca), 0xcafe);
  CHECK_INT(htons(80), 0x5000);

  /* inet_aton: a.b.c.d, a.b.c (c 16 bits), a.b (b 24 bits), a (32 bits); 0x hex and
     leading-0 octal parts (inet(3)). */
  CHECK_INT(aton("192.168.1.2"), 0xc0a80102);
  CHECK_INT(aton("10.1.258"), 0x0a010102);
  CHECK_INT(aton("127.1"), 0x7f000001);
  CHECK_INT(aton("3232235778"), 0xc0a80102);
  CHECK_INT(aton("0xc0.0250.1.2"), 0xc0a80102);
  CHECK_INT(aton("0x7f.1"), 0x7f000001);
  CHECK_INT(aton("0"), 0);
  CHECK_INT(aton("1.2.3.4 trailing"), 0x01020304);
  CHECK_INT(aton("1.2.3.256"), 0xdeadbeef);
  CHECK_INT(aton("256.1.1"), 0xdeadbeef);
  CHECK_INT(aton("1.65536"), 0x01010000); /* b has 24 bits */
  CHECK_INT(aton("1.16777216"), 0xdeadbeef);
  CHECK_INT(aton("1.2.3.4.5"), 0xdeadbeef);
  CHECK_INT(aton("08"), 0xdeadbeef);
  CHECK_INT(aton(""), 0xdeadbeef);
  CHECK_INT(aton(" 1.2.3.4"), 0xdeadbeef);
  CHECK_INT(aton("1..2"), 0xdeadbeef);
  CHECK_INT(aton("1.2.3.4x"), 0xdeadbeef);
  CHECK_INT(aton("4294967296"), 0xdeadbeef);
  CHECK_INT(inet_aton("1.2.3.4", NULL), 1);
  CHECK_INT(inet_addr("127.0.0.1"), htonl(0x7f000001));
  CHECK_INT(inet_addr("255.255.255.255"), INADDR_NONE);
  CHECK_INT(inet_addr("junk"), INADDR_NONE);

  struct in_addr in;
  in.s_addr = htonl(0x0a000001);
  CHECK_STR(inet_ntoa(in), "10.0.0.1");
  in.s_addr = htonl(0xffffffff);
  CHECK_STR(inet_ntoa(in), "255.255.255.255");

  /* inet_pton AF_INET: only the dotted-decimal form, four parts. */
  unsigned char a4[4];
  CHECK_INT(inet_pton(AF_INET, "192.0.2.33", a4), 1);
  CHECK(a4[0] == 192 && a4[1] == 0 && a4[2] == 2 && a4[3] == 33);
  CHECK_INT(inet_pton(AF_INET, "192.0.2", a4), 0);
  CHECK_INT(inet_pton(AF_INET, "192.0.2.033", a4), 0);
  CHECK_INT(inet_pton(AF_INET, "0x7f.0.0.1", a4), 0);
  CHECK_INT(inet_pton(AF_INET, "1.2.3.4 ", a4), 0);
  CHECK_INT(inet_pton(AF_INET, "256.0.0.0", a4), 0);
  CHECK_INT(inet_pton(AF_INET, "0.0.0.0", a4), 1);
  CHECK_INT(inet_pton(12345, "1.2.3.4", a4), -1);
  CHECK_INT(errno, EAFNOSUPPORT);

  /* IPv6 text forms (RFC 4291 2.2) printed the RFC 5952 way: lowercase, no leading
     zeros, the longest (first of equal) run of two or more zero groups as "::". */
  CHECK_STR(ntop6("2001:DB8:0:0:8:800:200C:417A"), "2001:db8::8:800:200c:417a");
  CHECK_STR(ntop6("FF01:0:0:0:0:0:0:101"), "ff01::101");
  CHECK_STR(ntop6("0:0:0:0:0:0:0:1"), "::1");
  CHECK_STR(ntop6("0:0:0:0:0:0:0:0"), "::");
  CHECK_STR(ntop6("2001:db8:0:1:1:1:1:1"), "2001:db8:0:1:1:1:1:1");
  CHECK_STR(ntop6("2001:0:0:1:0:0:0:1"), "2001:0:0:1::1");
  CHECK_STR(ntop6("2001:db8:0:0:1:0:0:1"), "2001:db8::1:0:0:1");
  CHECK_STR(ntop6("1::"), "1::");
  CHECK_STR(ntop6("1:2:3:4:5:6:7::"), "1:2:3:4:5:6:7:0");
  CHECK_STR(ntop6("::2:3:4:5:6:7:8"), "0:2:3:4:5:6:7:8");
  CHECK_STR(ntop6("0001:0002::00ab"), "1:2::ab");
  CHECK_STR(ntop6("::ffff:192.0.2.1"), "::ffff:192.0.2.1");
  CHECK_STR(ntop6("::FFFF:c000:0201"), "::ffff:192.0.2.1");
  CHECK_STR(ntop6("::192.0.2.1"), "::192.0.2.1");
  CHECK_STR(ntop6("64:ff9b::192.0.2.33"), "64:ff9b::c000:221");
  CHECK_STR(ntop6("1:2:3:4:5:6:1.2.3.4"), "1:2:3:4:5:6:102:304");
  CHECK_STR(ntop6("fe80::1"), "fe80::1");
  const char *bad[] = {"", ":", ":::", "1:2", "1::2::3", "12345::", "1:2:3:4:5:6:7:8:9",
                       "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1:", ":1", "g::",
                       "::1.2.3", "::1.2.3.4.5", "::256.1.1.1", "1.2.3.4", "::1.2.3.4:5",
                       "1:2:3:4:5:6:7:1.2.3.4", "::ffff:01.2.3.4", " ::1", "::1 "};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    struct in6_addr a;
    if (inet_pton(AF_INET6, bad[i], &a) != 0) {
      CHECK(!"inet_pton accepted an invalid IPv6 address");
      fprintf(stderr, "  input: \"%s\"\n", bad[i]);
    }
  }

  /* inet_ntop: ENOSPC when the text does not fit, EAFNOSUPPORT for other families. */
  unsigned char lo4[4] = {127, 0, 0, 1};
  char exact[10];
  CHECK(inet_ntop(AF_INET, lo4, exact, 10) == exact);
  CHECK_STR(exact, "127.0.0.1");
  CHECK(inet_ntop(AF_INET, lo4, exact, 9) == NULL);
  CHECK_INT(errno, ENOSPC);
  CHECK(inet_ntop(AF_UNIX, lo4, exact, 10) == NULL);
  CHECK_INT(errno, EAFNOSUPPORT);
  char full[INET6_ADDRSTRLEN];
  struct in6_addr longest;
  CHECK_INT(inet_pton(AF_INET6, "ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255", &longest), 1);
  CHECK_STR(inet_ntop(AF_INET6, &longest, full, sizeof full), "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");

  /* Classful helpers (inet(3)). */
  CHECK_INT(inet_network("10"), 10);
  CHECK_INT(inet_network("10.1"), 0x0a01);
  CHECK_INT(inet_network("192.168.1"), 0xc0a801);
  CHECK_INT(inet_network("0x7f"), 0x7f);
  CHECK_INT(inet_network("1.2.3.4.5"), INADDR_NONE);
  CHECK_INT(inet_network("256"), INADDR_NONE);
  CHECK_INT(inet_network(""), INADDR_NONE);
  struct in_addr m = inet_makeaddr(10, 0x20304);
  CHECK_INT(ntohl(m.s_addr), 0x0a020304);
  m = inet_makeaddr(0x8001, 0x0203);
  CHECK_INT(ntohl(m.s_addr), 0x80010203);
  m = inet_makeaddr(0xc00002, 7);
  CHECK_INT(ntohl(m.s_addr), 0xc0000207);
  in.s_addr = htonl(0x0a020304);
  CHECK_INT(inet_netof(in), 10);
  CHECK_INT(inet_lnaof(in), 0x020304);
  in.s_addr = htonl(0xac100506);
  CHECK_INT(inet_netof(in), 0xac10);
  CHECK_INT(inet_lnaof(in), 0x0506);
  in.s_addr = htonl(0xc0000207);
  CHECK_INT(inet_netof(in), 0xc00002);
  CHECK_INT(inet_lnaof(in), 7);

  /* in6addr_* and the classification macros. */
  CHECK(IN6_IS_ADDR_UNSPECIFIED(&in6addr_any));
  CHECK(IN6_IS_ADDR_LOOPBACK(&in6addr_loopback));
  CHECK(!IN6_IS_ADDR_LOOPBACK(&in6addr_any));
  struct in6_addr x;
  inet_pton(AF_INET6, "fe80::1", &x);
  CHECK(IN6_IS_ADDR_LINKLOCAL(&x) && !IN6_IS_ADDR_SITELOCAL(&x) && !IN6_IS_ADDR_MULTICAST(&x));
  inet_pton(AF_INET6, "fec0::1", &x);
  CHECK(IN6_IS_ADDR_SITELOCAL(&x));
  inet_pton(AF_INET6, "ff02::1", &x);
  CHECK(IN6_IS_ADDR_MULTICAST(&x) && IN6_IS_ADDR_MC_LINKLOCAL(&x) && !IN6_IS_ADDR_MC_GLOBAL(&x));
  inet_pton(AF_INET6, "ff0e::1", &x);
  CHECK(IN6_IS_ADDR_MC_GLOBAL(&x));
  inet_pton(AF_INET6, "ff05::2", &x);
  CHECK(IN6_IS_ADDR_MC_SITELOCAL(&x));
  inet_pton(AF_INET6, "::ffff:1.2.3.4", &x);
  CHECK(IN6_IS_ADDR_V4MAPPED(&x) && !IN6_IS_ADDR_V4COMPAT(&x));
  inet_pton(AF_INET6, "::1.2.3.4", &x);
  CHECK(IN6_IS_ADDR_V4COMPAT(&x) && !IN6_IS_ADDR_V4MAPPED(&x));
  CHECK(!IN6_IS_ADDR_V4COMPAT(&in6addr_loopback));
  struct in6_addr y = IN6ADDR_LOOPBACK_INIT;
  CHECK(IN6_ARE_ADDR_EQUAL(&y, &in6addr_loopback));
  CHECK(!IN6_ARE_ADDR_EQUAL(&y, &in6addr_any));
  CHECK_INT(INET_ADDRSTRLEN, 16);
  CHECK_INT(INET6_ADDRSTRLEN, 46);
  return check_done();
}
