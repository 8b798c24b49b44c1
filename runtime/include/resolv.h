/* resolv.h: the DNS stub resolver's state (_res, filled from /etc/resolv.conf by
   res_init) and the BIND-style query interface. */
#ifndef _RESOLV_H
#define _RESOLV_H
#include <features.h>
#include <stdint.h>
#include <netinet/in.h>
#include <arpa/nameser.h>
#include <bits/types/size_t.h>

#define MAXNS 3
#define MAXDFLSRCH 3
#define MAXDNSRCH 6
#define LOCALDOMAINPARTS 2
#define MAXRESOLVSORT 10
#define RES_MAXNDOTS 15
#define RES_MAXRETRANS 30
#define RES_MAXRETRY 5
#define RES_DFLRETRY 2
#define RES_MAXTIME 65535
#define RES_TIMEOUT 5
#define _PATH_RESCONF "/etc/resolv.conf"

struct __res_state {
  int retrans;  /* seconds to wait for an answer (options timeout:) */
  int retry;    /* rounds over the name servers (options attempts:) */
  unsigned long options;
  int nscount;
  struct sockaddr_in nsaddr_list[MAXNS]; /* IPv4 name servers; family 0 marks an IPv6 one */
#define nsaddr nsaddr_list[0]
  unsigned short id;
  char *dnsrch[MAXDNSRCH + 1]; /* the search list, pointing into defdname */
  char defdname[256];
  unsigned long pfcode;
  unsigned ndots : 4;
  unsigned nsort : 4;
  unsigned ipv6_unavail : 1;
  unsigned unused : 23;
  struct {
    struct in_addr addr;
    uint32_t mask;
  } sort_list[MAXRESOLVSORT];
  void *__pure_reserved[2];
  int res_h_errno;
  int _vcsock;
  unsigned int _flags;
  union {
    char pad[52];
    struct {
      uint16_t nscount;
      uint16_t nsmap[MAXNS];
      int nssocks[MAXNS];
      uint16_t nscount6;
      uint16_t nsinit;
      struct sockaddr_in6 *nsaddrs[MAXNS]; /* IPv6 name servers, in nsaddr_list's slots */
    } _ext;
  } _u;
};
typedef struct __res_state *res_state;

#define RES_INIT 0x00000001
#define RES_DEBUG 0x00000002
#define RES_AAONLY 0x00000004
#define RES_USEVC 0x00000008
#define RES_PRIMARY 0x00000010
#define RES_IGNTC 0x00000020
#define RES_RECURSE 0x00000040
#define RES_DEFNAMES 0x00000080
#define RES_STAYOPEN 0x00000100
#define RES_DNSRCH 0x00000200
#define RES_NOALIASES 0x00001000
#define RES_ROTATE 0x00004000
#define RES_NOCHECKNAME 0x00008000
#define RES_KEEPTSIG 0x00010000
#define RES_BLAST 0x00020000
#define RES_USE_EDNS0 0x00100000
#define RES_SNGLKUP 0x00200000
#define RES_SNGLKUPREOP 0x00400000
#define RES_USE_DNSSEC 0x00800000
#define RES_NOTLDQUERY 0x01000000
#define RES_NORELOAD 0x02000000
#define RES_TRUSTAD 0x04000000
#define RES_NOAAAA 0x08000000
#define RES_DEFAULT (RES_RECURSE | RES_DEFNAMES | RES_DNSRCH)

__PURE_BEGIN_DECLS
struct __res_state *__res_state(void);
#define _res (*__res_state())

int res_init(void);
int res_query(const char *__dname, int __class, int __type, unsigned char *__answer, int __anslen);
int res_search(const char *__dname, int __class, int __type, unsigned char *__answer, int __anslen);
int res_querydomain(const char *__name, const char *__domain, int __class, int __type,
                    unsigned char *__answer, int __anslen);
int res_mkquery(int __op, const char *__dname, int __class, int __type, const unsigned char *__data,
                int __datalen, const unsigned char *__newrr, unsigned char *__buf, int __buflen);
int res_send(const unsigned char *__msg, int __msglen, unsigned char *__answer, int __anslen);
int dn_comp(const char *__src, unsigned char *__dst, int __dstsiz, unsigned char **__dnptrs,
            unsigned char **__lastdnptr);
int dn_expand(const unsigned char *__msg, const unsigned char *__eomorig, const unsigned char *__src,
              char *__dst, int __dstsiz);
int dn_skipname(const unsigned char *__src, const unsigned char *__eom);
__PURE_END_DECLS

#endif
