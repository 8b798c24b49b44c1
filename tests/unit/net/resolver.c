/* The DNS stub resolver against a fake name server on 127.0.0.1 (a child process, UDP
   and TCP on one random port). The test points the resolver at it the way BIND-style
   programs do: res_init(), then _res.nsaddr_list / _res.nscount; the search list comes
   from LOCALDOMAIN and the options from RES_OPTIONS, as resolv.conf(5) describes.
   Covered: res_query/res_search/res_querydomain, the search list and ndots, NXDOMAIN /
   NODATA / SERVFAIL mapping to h_errno, CNAME chains, truncation (TC) retried over TCP,
   RES_USEVC, failover from a silent server, replies with a wrong id ignored,
   getaddrinfo (AI_CANONNAME, AI_V4MAPPED), gethostbyname(2)(_r), gethostbyaddr and
   getnameinfo through PTR. No name used here is in /etc/hosts (.example is reserved). */
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <errno.h>
#include <netdb.h>
#include <poll.h>
#include <resolv.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"

/* ---- the fake server ---- */

struct reply {
  unsigned char buf[4096];
  int len;
};

static void put16(struct reply *r, unsigned v) {
  r->buf[r->len++] = (unsigned char)(v >> 8);
  r->buf[r->len++] = (unsigned char)v;
}

static void put_name(struct reply *r, const char *name) {
  while (*name) {
    const char *dot = strchr(name, '.');
    size_t n = dot ? (size_t)(dot - name) : strlen(name);
    r->buf[r->len++] = (unsigned char)n;
    memcpy(r->buf + r->len, name, n);
    r->len += (int)n;
    name += n + (dot ? 1 : 0);
  }
  r->buf[r->len++] = 0;
}

/* One record; the owner is a pointer to the question name (offset 12) when owner is
   NULL. */
static void put_rr(struct reply *r, const char *owner, unsigned type, const void *rdata, unsigned rdlen) {
  if (owner) put_name(r, owner);
  else put16(r, 0xc000 | 12);
  put16(r, type);
  put16(r, 1);
  put16(r, 0);
  put16(r, 300);
  put16(r, rdlen);
  memcpy(r->buf + r->len, rdata, rdlen);
  r->len += (int)rdlen;
}

static void put_name_rr(struct reply *r, const char *owner, unsigned type, const char *target) {
  struct reply tmp;
  tmp.len = 0;
  put_name(&tmp, target);
  put_rr(r, owner, type, tmp.buf, (unsigned)tmp.len);
}

/* Builds the answer to query q (len bytes); tcp says how it came. Returns 0 when the
   query should get no answer at all. */
static int answer(const unsigned char *q, int len, int tcp, struct reply *r) {
  char name[256];
  int n = 0, p = 12;
  if (len < 17) return 0;
  while (p < len && q[p]) {
    int l = q[p++];
    if (p + l > len || n + l + 1 >= (int)sizeof name) return 0;
    if (n) name[n++] = '.';
    for (int i = 0; i < l; i++) name[n++] = (char)(q[p + i] | 0x20);
    p += l;
  }
  name[n] = '\0';
  p++;
  if (p + 4 > len) return 0;
  unsigned type = (unsigned)(q[p] << 8 | q[p + 1]);
  int qend = p + 4;
  memcpy(r->buf, q, (size_t)qend);
  r->len = qend;
  r->buf[2] = 0x81; /* QR, RD */
  r->buf[3] = 0x80; /* RA, NOERROR */
  r->buf[6] = r->buf[7] = r->buf[8] = r->buf[9] = r->buf[10] = r->buf[11] = 0;
  unsigned count = 0;
  const unsigned char www4[4] = {192, 0, 2, 10};
  const unsigned char www6[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10};
  if (!strcmp(name, "www.test.example") || !strcmp(name, "spoof.test.example")) {
    if (type == ns_t_a) put_rr(r, NULL, ns_t_a, www4, 4), count++;
    if (type == ns_t_aaaa) put_rr(r, NULL, ns_t_aaaa, www6, 16), count++;
  } else if (!strcmp(name, "alias.test.example")) {
    put_name_rr(r, NULL, ns_t_cname, "www.test.example");
    count++;
    if (type == ns_t_a) put_rr(r, "www.test.example", ns_t_a, www4, 4), count++;
    if (type == ns_t_aaaa) put_rr(r, "www.test.example", ns_t_aaaa, www6, 16), count++;
  } else if (!strcmp(name, "v4only.test.example")) {
    const unsigned char a[4] = {192, 0, 2, 20};
    if (type == ns_t_a) put_rr(r, NULL, ns_t_a, a, 4), count++;
  } else if (!strcmp(name, "big.test.example") && type == ns_t_a) {
    if (!tcp) {
      /* Does not fit: one wrong record and the TC bit; the full answer needs TCP. */
      const unsigned char wrong[4] = {203, 0, 113, 99};
      put_rr(r, NULL, ns_t_a, wrong, 4);
      count++;
      r->buf[2] |= 0x02;
    } else {
      for (unsigned i = 1; i <= 40; i++) {
        const unsigned char a[4] = {198, 51, 100, (unsigned char)i};
        put_rr(r, NULL, ns_t_a, a, 4);
        count++;
      }
    }
  } else if (!strcmp(name, "tcponly.test.example") && type == ns_t_a) {
    if (!tcp) return 0;
    const unsigned char a[4] = {192, 0, 2, 30};
    put_rr(r, NULL, ns_t_a, a, 4);
    count++;
  } else if (!strcmp(name, "10.2.0.192.in-addr.arpa") && type == ns_t_ptr) {
    put_name_rr(r, NULL, ns_t_ptr, "www.test.example");
    count++;
  } else if (!strcmp(name, "servfail.test.example")) {
    r->buf[3] = 0x80 | ns_r_servfail;
  } else if (!strcmp(name, "big.test.example") || !strcmp(name, "tcponly.test.example")) {
    /* exists, but has no records of this type */
  } else {
    r->buf[3] = 0x80 | ns_r_nxdomain;
  }
  r->buf[6] = (unsigned char)(count >> 8);
  r->buf[7] = (unsigned char)count;
  return 1;
}

static void serve(int udp, int tcp) {
  for (;;) {
    struct pollfd fds[2] = {{udp, POLLIN, 0}, {tcp, POLLIN, 0}};
    if (poll(fds, 2, -1) < 0) continue;
    if (fds[0].revents & POLLIN) {
      unsigned char q[512];
      struct sockaddr_storage from;
      socklen_t fromlen = sizeof from;
      ssize_t n = recvfrom(udp, q, sizeof q, 0, (struct sockaddr *)&from, &fromlen);
      struct reply r;
      if (n > 0 && answer(q, (int)n, 0, &r)) {
        if (r.len > 20 && !memcmp(r.buf + 13, "spoof", 5)) {
          /* A reply that does not match the query's id comes first. */
          r.buf[0] ^= 0xff;
          sendto(udp, r.buf, (size_t)r.len, 0, (struct sockaddr *)&from, fromlen);
          r.buf[0] ^= 0xff;
        }
        sendto(udp, r.buf, (size_t)r.len, 0, (struct sockaddr *)&from, fromlen);
      }
    }
    if (fds[1].revents & POLLIN) {
      int c = accept(tcp, NULL, NULL);
      if (c < 0) continue;
      unsigned char lenbuf[2], q[512];
      if (recv(c, lenbuf, 2, MSG_WAITALL) == 2) {
        int len = lenbuf[0] << 8 | lenbuf[1];
        struct reply r;
        if (len <= (int)sizeof q && recv(c, q, (size_t)len, MSG_WAITALL) == len && answer(q, len, 1, &r)) {
          lenbuf[0] = (unsigned char)(r.len >> 8);
          lenbuf[1] = (unsigned char)r.len;
          send(c, lenbuf, 2, MSG_NOSIGNAL);
          send(c, r.buf, (size_t)r.len, MSG_NOSIGNAL);
        }
      }
      close(c);
    }
  }
}

/* Binds UDP and TCP sockets to one free port on 127.0.0.1; returns the port. */
static int open_server(int *udp, int *tcp) {
  for (int tries = 0; tries < 50; tries++) {
    struct sockaddr_in sa = {0};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    *udp = socket(AF_INET, SOCK_DGRAM, 0);
    socklen_t len = sizeof sa;
    if (bind(*udp, (struct sockaddr *)&sa, sizeof sa) != 0 || getsockname(*udp, (struct sockaddr *)&sa, &len) != 0)
      return -1;
    *tcp = socket(AF_INET, SOCK_STREAM, 0);
    if (bind(*tcp, (struct sockaddr *)&sa, sizeof sa) == 0 && listen(*tcp, 16) == 0) return ntohs(sa.sin_port);
    close(*udp);
    close(*tcp);
  }
  return -1;
}

/* ---- the checks ---- */

static void use_server(int port) {
  _res.nscount = 1;
  memset(&_res.nsaddr_list[0], 0, sizeof _res.nsaddr_list[0]);
  _res.nsaddr_list[0].sin_family = AF_INET;
  _res.nsaddr_list[0].sin_port = htons((unsigned short)port);
  _res.nsaddr_list[0].sin_addr.s_addr = htonl(INADDR_LOOPBACK);
}

static const char *first_a(const unsigned char *msg, int len, char *text) {
  ns_msg m;
  ns_rr rr;
  if (ns_initparse(msg, len, &m) != 0) return "(unparsable)";
  for (int i = 0; i < ns_msg_count(m, ns_s_an); i++) {
    if (ns_parserr(&m, ns_s_an, i, &rr) != 0) return "(bad record)";
    if (ns_rr_type(rr) == ns_t_a && ns_rr_rdlen(rr) == 4) return inet_ntop(AF_INET, ns_rr_rdata(rr), text, 16);
  }
  return "(no A record)";
}

static void queries(void) {
  unsigned char ans[1024];
  char text[64];
  int n = res_query("www.test.example", C_IN, T_A, ans, sizeof ans);
  CHECK(n > 12);
  CHECK_STR(first_a(ans, n, text), "192.0.2.10");
  /* "www" has fewer dots than ndots (1): the search list's test.example comes first. */
  n = res_search("www", C_IN, T_A, ans, sizeof ans);
  CHECK(n > 12);
  CHECK_STR(first_a(ans, n, text), "192.0.2.10");
  n = res_querydomain("www", "test.example", C_IN, T_A, ans, sizeof ans);
  CHECK(n > 12);
  /* A trailing dot: no search list, so the bare name fails. */
  CHECK_INT(res_search("www.", C_IN, T_A, ans, sizeof ans), -1);
  CHECK_INT(h_errno, HOST_NOT_FOUND);

  CHECK_INT(res_query("nx.test.example", C_IN, T_A, ans, sizeof ans), -1);
  CHECK_INT(h_errno, HOST_NOT_FOUND);
  CHECK_INT(res_query("v4only.test.example", C_IN, T_AAAA, ans, sizeof ans), -1);
  CHECK_INT(h_errno, NO_DATA);
  CHECK_INT(res_query("servfail.test.example", C_IN, T_A, ans, sizeof ans), -1);
  CHECK_INT(h_errno, TRY_AGAIN);

  /* The wrong-id reply is ignored; the right one follows. */
  n = res_query("spoof.test.example", C_IN, T_A, ans, sizeof ans);
  CHECK(n > 12);
  CHECK_STR(first_a(ans, n, text), "192.0.2.10");

  /* Truncated over UDP: asked again over TCP, all 40 records arrive. */
  n = res_query("big.test.example", C_IN, T_A, ans, sizeof ans);
  CHECK(n > 12);
  ns_msg m;
  CHECK_INT(ns_initparse(ans, n, &m), 0);
  CHECK_INT(ns_msg_count(m, ns_s_an), 40);
  CHECK_STR(first_a(ans, n, text), "198.51.100.1");

  /* res_send with our own query. */
  unsigned char q[512];
  int qlen = res_mkquery(QUERY, "v4only.test.example", C_IN, T_A, NULL, 0, NULL, q, sizeof q);
  CHECK(qlen > 0);
  n = res_send(q, qlen, ans, sizeof ans);
  CHECK(n > 12);
  CHECK(ans[0] == q[0] && ans[1] == q[1]);
  CHECK_STR(first_a(ans, n, text), "192.0.2.20");

  /* use-vc: everything over TCP (this name gets no UDP answer at all). */
  _res.options |= RES_USEVC;
  n = res_query("tcponly.test.example", C_IN, T_A, ans, sizeof ans);
  CHECK(n > 12);
  CHECK_STR(first_a(ans, n, text), "192.0.2.30");
  _res.options &= ~RES_USEVC;
}

static void addrinfo(void) {
  struct addrinfo hints, *res = NULL;
  char text[INET6_ADDRSTRLEN];
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  CHECK_INT(getaddrinfo("www", "80", &hints, &res), 0);
  if (res) {
    struct sockaddr_in *sin = (struct sockaddr_in *)res->ai_addr;
    CHECK_INT(res->ai_family, AF_INET);
    CHECK_INT(res->ai_socktype, SOCK_STREAM);
    CHECK_INT(res->ai_protocol, IPPROTO_TCP);
    CHECK_INT(res->ai_addrlen, sizeof *sin);
    CHECK_INT(ntohs(sin->sin_port), 80);
    CHECK_STR(inet_ntop(AF_INET, &sin->sin_addr, text, sizeof text), "192.0.2.10");
    CHECK(res->ai_next == NULL);
    CHECK(res->ai_canonname == NULL);
    freeaddrinfo(res);
  }

  hints.ai_family = AF_INET6;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_CANONNAME;
  res = NULL;
  CHECK_INT(getaddrinfo("alias.test.example", NULL, &hints, &res), 0);
  if (res) {
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)res->ai_addr;
    CHECK_INT(res->ai_family, AF_INET6);
    CHECK_INT(res->ai_protocol, IPPROTO_UDP);
    CHECK_STR(inet_ntop(AF_INET6, &sin6->sin6_addr, text, sizeof text), "2001:db8::10");
    CHECK_STR(res->ai_canonname, "www.test.example");
    freeaddrinfo(res);
  }

  /* AAAA first, then A, for AF_UNSPEC; both socket types per address. */
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = 0;
  hints.ai_flags = 0;
  res = NULL;
  CHECK_INT(getaddrinfo("www.test.example", "53", &hints, &res), 0);
  int families[2] = {0, 0}, count = 0;
  for (struct addrinfo *ai = res; ai; ai = ai->ai_next, count++) families[ai->ai_family == AF_INET6]++;
  CHECK_INT(count, 4);
  CHECK_INT(families[0], 2);
  CHECK_INT(families[1], 2);
  freeaddrinfo(res);

  hints.ai_family = AF_INET6;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_V4MAPPED;
  res = NULL;
  CHECK_INT(getaddrinfo("v4only.test.example", NULL, &hints, &res), 0);
  if (res) {
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)res->ai_addr;
    CHECK_STR(inet_ntop(AF_INET6, &sin6->sin6_addr, text, sizeof text), "::ffff:192.0.2.20");
    freeaddrinfo(res);
  }
  hints.ai_flags = 0;
  res = NULL;
  CHECK(getaddrinfo("v4only.test.example", NULL, &hints, &res) != 0);

  hints.ai_family = AF_INET;
  res = NULL;
  CHECK_INT(getaddrinfo("big.test.example", NULL, &hints, &res), 0);
  count = 0;
  for (struct addrinfo *ai = res; ai; ai = ai->ai_next) count++;
  CHECK_INT(count, 40);
  freeaddrinfo(res);

  res = NULL;
  CHECK_INT(getaddrinfo("nx.test.example", NULL, &hints, &res), EAI_NONAME);
  CHECK_INT(getaddrinfo("servfail.test.example", NULL, &hints, &res), EAI_AGAIN);
  hints.ai_flags = AI_NUMERICHOST;
  CHECK_INT(getaddrinfo("www.test.example", NULL, &hints, &res), EAI_NONAME);
}

static void hostent(void) {
  struct hostent *h = gethostbyname("www.test.example");
  char text[INET6_ADDRSTRLEN];
  CHECK(h != NULL);
  if (h) {
    CHECK_STR(h->h_name, "www.test.example");
    CHECK_INT(h->h_addrtype, AF_INET);
    CHECK_INT(h->h_length, 4);
    CHECK_STR(inet_ntop(AF_INET, h->h_addr_list[0], text, sizeof text), "192.0.2.10");
    CHECK(h->h_addr_list[1] == NULL);
    CHECK(h->h_aliases[0] == NULL);
  }
  h = gethostbyname("alias.test.example");
  CHECK(h != NULL);
  if (h) {
    CHECK_STR(h->h_name, "www.test.example");
    CHECK_STR(h->h_aliases[0], "alias.test.example");
    CHECK(h->h_aliases[1] == NULL);
  }
  h = gethostbyname2("www.test.example", AF_INET6);
  CHECK(h != NULL);
  if (h) {
    CHECK_INT(h->h_length, 16);
    CHECK_STR(inet_ntop(AF_INET6, h->h_addr_list[0], text, sizeof text), "2001:db8::10");
  }
  CHECK(gethostbyname("nx.test.example") == NULL);
  CHECK_INT(h_errno, HOST_NOT_FOUND);
  CHECK(gethostbyname2("v4only.test.example", AF_INET6) == NULL);
  CHECK_INT(h_errno, NO_DATA);

  /* A numeric name needs no lookup. */
  h = gethostbyname("192.0.2.200");
  CHECK(h != NULL);
  if (h) CHECK_STR(h->h_name, "192.0.2.200");

  unsigned char a[4] = {192, 0, 2, 10};
  h = gethostbyaddr(a, 4, AF_INET);
  CHECK(h != NULL);
  if (h) {
    CHECK_STR(h->h_name, "www.test.example");
    CHECK(memcmp(h->h_addr_list[0], a, 4) == 0);
  }

  struct hostent he, *result = (struct hostent *)1;
  char small[16], big[2048];
  int herr = 0;
  CHECK_INT(gethostbyname_r("alias.test.example", &he, small, sizeof small, &result, &herr), ERANGE);
  CHECK(result == NULL);
  CHECK_INT(gethostbyname_r("alias.test.example", &he, big, sizeof big, &result, &herr), 0);
  CHECK(result == &he);
  CHECK_STR(he.h_name, "www.test.example");
  CHECK(he.h_name >= big && he.h_name < big + sizeof big);
  /* Not found: the call itself succeeds, with a null result and the reason in herr. */
  CHECK_INT(gethostbyname_r("nx.test.example", &he, big, sizeof big, &result, &herr), 0);
  CHECK(result == NULL);
  CHECK_INT(herr, HOST_NOT_FOUND);
  CHECK_INT(gethostbyname_r("servfail.test.example", &he, big, sizeof big, &result, &herr), EAGAIN);
  CHECK(result == NULL);
  CHECK_INT(herr, TRY_AGAIN);

  struct sockaddr_in sin = {0};
  sin.sin_family = AF_INET;
  sin.sin_port = htons(53);
  memcpy(&sin.sin_addr, a, 4);
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv, NI_NUMERICSERV), 0);
  CHECK_STR(host, "www.test.example");
  CHECK_STR(serv, "53");
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, NULL, 0, NI_NOFQDN), 0);
  CHECK_STR(host, "www");
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, 5, NULL, 0, 0), EAI_OVERFLOW);
  sin.sin_addr.s_addr = htonl(0xc0000263); /* 192.0.2.99: no PTR record */
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, NULL, 0, NI_NAMEREQD), EAI_NONAME);
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, NULL, 0, 0), 0);
  CHECK_STR(host, "192.0.2.99");
}

/* The first server never answers: after its timeout the second one does. */
static void failover(int port) {
  int silent = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof sa;
  CHECK_INT(bind(silent, (struct sockaddr *)&sa, sizeof sa), 0);
  CHECK_INT(getsockname(silent, (struct sockaddr *)&sa, &len), 0);
  _res.nsaddr_list[1] = _res.nsaddr_list[0];
  _res.nsaddr_list[0] = sa;
  _res.nscount = 2;
  _res.retrans = 1;
  _res.retry = 1;
  unsigned char ans[512];
  char text[16];
  int n = res_query("www.test.example", C_IN, T_A, ans, sizeof ans);
  CHECK(n > 12);
  CHECK_STR(first_a(ans, n, text), "192.0.2.10");
  /* Nobody answers: a timeout, reported as TRY_AGAIN. */
  _res.nscount = 1;
  CHECK_INT(res_query("www.test.example", C_IN, T_A, ans, sizeof ans), -1);
  CHECK_INT(h_errno, TRY_AGAIN);
  close(silent);
  use_server(port);
}

int main(void) {
  int udp, tcp;
  int port = open_server(&udp, &tcp);
  CHECK(port > 0);
  if (port <= 0) return check_done();
  pid_t child = fork();
  if (child == 0) {
    serve(udp, tcp);
    _exit(0);
  }
  close(udp);
  close(tcp);

  setenv("LOCALDOMAIN", "test.example", 1);
  setenv("RES_OPTIONS", "ndots:1 timeout:3 attempts:2", 1);
  CHECK_INT(res_init(), 0);
  CHECK_STR(_res.dnsrch[0], "test.example");
  CHECK(_res.dnsrch[1] == NULL);
  CHECK_INT(_res.ndots, 1);
  CHECK_INT(_res.retrans, 3);
  CHECK_INT(_res.retry, 2);
  CHECK(_res.options & RES_INIT);
  use_server(port);

  queries();
  addrinfo();
  hostent();
  failover(port);

  kill(child, SIGKILL);
  waitpid(child, NULL, 0);
  return check_done();
}
