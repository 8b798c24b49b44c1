/* DNS messages (RFC 1035 section 4): res_mkquery's query, dn_comp compression with a
   dnptrs table, dn_expand/ns_name_uncompress/dn_skipname through pointers, escapes,
   ns_initparse/ns_parserr/ns_skiprr, and malformed input: loops, pointers and labels
   past the end, over-long names. Mutated messages must never be read out of bounds. */
#define _GNU_SOURCE 1
#include <arpa/nameser.h>
#include <errno.h>
#include <netinet/in.h>
#include <resolv.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"

/* A response: question www.example.com A, answers: a CNAME whose owner points at the
   question name and whose target ("web" + pointer to example.com) is compressed, then an
   A record owned by the CNAME target. */
static const unsigned char kResponse[] = {
    0x12, 0x34, 0x81, 0x80, 0, 1, 0, 2, 0, 0, 0, 0,
    /* 12: question */
    3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1,
    /* 33: CNAME, owner -> 12 */
    0xc0, 12, 0, 5, 0, 1, 0, 0, 0x0e, 0x10, 0, 6,
    /* 45: rdata "web" + pointer to 16 (example.com) */
    3, 'w', 'e', 'b', 0xc0, 16,
    /* 51: A, owner -> 45 */
    0xc0, 45, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 7};

static void query(void) {
  unsigned char buf[512];
  CHECK_INT(res_init(), 0);
  int n = res_mkquery(QUERY, "www.example.com", C_IN, T_AAAA, NULL, 0, NULL, buf, sizeof buf);
  CHECK_INT(n, 12 + 17 + 4);
  HEADER *h = (HEADER *)buf;
  CHECK_INT(h->qr, 0);
  CHECK_INT(h->opcode, QUERY);
  CHECK_INT(h->rd, 1); /* RES_RECURSE is in the defaults */
  CHECK_INT(ntohs(h->qdcount), 1);
  CHECK_INT(h->ancount, 0);
  CHECK(memcmp(buf + 12, "\3www\7example\3com\0\0\x1c\0\1", 21) == 0);
  CHECK_INT(res_mkquery(QUERY, "www.example.com", C_IN, T_A, NULL, 0, NULL, buf, 20), -1);
  CHECK_INT(res_mkquery(QUERY, "a..b", C_IN, T_A, NULL, 0, NULL, buf, sizeof buf), -1);
}

static void compression(void) {
  unsigned char msg[512];
  memset(msg, 0, sizeof msg);
  unsigned char *dnptrs[8] = {msg, NULL};
  unsigned char **last = dnptrs + 8;
  unsigned char *p = msg + 12;
  int n = dn_comp("www.example.com", p, 100, dnptrs, last);
  CHECK_INT(n, 17);
  CHECK(dnptrs[1] == msg + 12 && dnptrs[2] == NULL);
  p += n;
  /* Shares "example.com" with the first name: label, then a pointer to offset 16. */
  n = dn_comp("mail.Example.COM.", p, 100, dnptrs, last);
  CHECK_INT(n, 7);
  CHECK(memcmp(p, "\4mail\xc0\x10", 7) == 0);
  unsigned char *second = p;
  p += n;
  /* The whole name again: one pointer. */
  n = dn_comp("www.example.com", p, 100, dnptrs, last);
  CHECK_INT(n, 2);
  CHECK(p[0] == 0xc0 && p[1] == 12);
  p += n;
  /* Without a table, nothing is compressed. */
  n = dn_comp("x.example.com", p, 100, NULL, NULL);
  CHECK_INT(n, 15);
  p += n;
  /* A suffix of a name that itself ended in a pointer. */
  n = dn_comp("mail.example.com", p, 100, dnptrs, last);
  CHECK_INT(n, 2);
  CHECK_INT((p[0] << 8 | p[1]) & 0x3fff, second - msg);
  p += n;
  CHECK_INT(dn_comp("toolong.example.com", p, 5, dnptrs, last), -1);
  CHECK_INT(dn_comp(".", p, 10, dnptrs, last), 1);
  CHECK_INT(p[0], 0);

  char text[NS_MAXDNAME];
  CHECK_INT(dn_expand(msg, p, second, text, sizeof text), 7);
  CHECK_STR(text, "mail.example.com");
  CHECK_INT(dn_skipname(second, p), 7);
  CHECK_INT(dn_expand(msg, p + 1, p, text, sizeof text), 1);
  CHECK_STR(text, "");
  CHECK_INT(ns_name_uncompress(msg, p + 1, p, text, sizeof text), 1);
  CHECK_STR(text, ".");
  CHECK_INT(dn_expand(msg, p, second, text, 10), -1); /* "mail.example.com" needs 17 */

  /* Escapes: a dot inside a label, decimal escapes, special characters. */
  unsigned char wire[64];
  n = dn_comp("a\\.b.\\065\\(c", wire, sizeof wire, NULL, NULL);
  CHECK_INT(n, 1 + 3 + 1 + 3 + 1);
  CHECK(memcmp(wire, "\3a.b\3A(c\0", 9) == 0);
  CHECK_INT(dn_expand(wire, wire + n, wire, text, sizeof text), n);
  CHECK_STR(text, "a\\.b.A\\(c");
  const unsigned char odd[] = {2, 0x01, ' ', 0};
  CHECK_INT(dn_expand(odd, odd + 4, odd, text, sizeof text), 4);
  CHECK_STR(text, "\\001\\032");

  /* Limits: 63-byte labels, 255-byte names. */
  char label64[80];
  memset(label64, 'a', 64);
  label64[64] = '\0';
  CHECK_INT(dn_comp(label64, wire, sizeof wire, NULL, NULL), -1);
  label64[63] = '\0';
  unsigned char big[300];
  CHECK_INT(dn_comp(label64, big, sizeof big, NULL, NULL), 65);
  char name[300];
  snprintf(name, sizeof name, "%s.%s.%s.%s", label64, label64, label64, label64); /* 4*64 + 1 > 255 */
  CHECK_INT(dn_comp(name, big, sizeof big, NULL, NULL), -1);
  snprintf(name, sizeof name, "%s.%s.%s.%.61s", label64, label64, label64, label64); /* 255 */
  CHECK_INT(dn_comp(name, big, sizeof big, NULL, NULL), 255);
  CHECK_INT(dn_comp("a..b", wire, sizeof wire, NULL, NULL), -1);
  CHECK_INT(dn_comp("\\", wire, sizeof wire, NULL, NULL), -1);
  CHECK_INT(dn_comp("\\25", wire, sizeof wire, NULL, NULL), -1);
  CHECK_INT(dn_comp("\\256", wire, sizeof wire, NULL, NULL), -1);
}

static void malformed(void) {
  char text[NS_MAXDNAME];
  /* A pointer to itself, and two pointing at each other. */
  const unsigned char loop1[] = {0xc0, 0};
  CHECK_INT(dn_expand(loop1, loop1 + 2, loop1, text, sizeof text), -1);
  const unsigned char loop2[] = {1, 'a', 0xc0, 4, 1, 'b', 0xc0, 0};
  CHECK_INT(dn_expand(loop2, loop2 + 8, loop2, text, sizeof text), -1);
  /* A pointer past the end; a label running past the end; no terminating label. */
  const unsigned char past[] = {1, 'a', 0xc0, 40};
  CHECK_INT(dn_expand(past, past + 4, past, text, sizeof text), -1);
  const unsigned char longlabel[] = {9, 'a', 'b'};
  CHECK_INT(dn_expand(longlabel, longlabel + 3, longlabel, text, sizeof text), -1);
  CHECK_INT(dn_skipname(longlabel, longlabel + 3), -1);
  const unsigned char unterminated[] = {1, 'a', 1, 'b'};
  CHECK_INT(dn_expand(unterminated, unterminated + 4, unterminated, text, sizeof text), -1);
  CHECK_INT(dn_skipname(unterminated, unterminated + 4), -1);
  /* A half pointer at the end, and the reserved 0x40/0x80 label types. */
  const unsigned char half[] = {1, 'a', 0xc0};
  CHECK_INT(dn_expand(half, half + 3, half, text, sizeof text), -1);
  CHECK_INT(dn_skipname(half, half + 3), -1);
  const unsigned char ext[] = {0x41, 0};
  CHECK_INT(dn_expand(ext, ext + 2, ext, text, sizeof text), -1);
  /* 200 pointers in a chain are fine as long as the name stays short... */
  unsigned char chain[402];
  chain[0] = 1;
  chain[1] = 'z';
  chain[2] = 0;
  for (int i = 1; i < 200; i++) {
    chain[2 * i + 1] = 0xc0;
    chain[2 * i + 2] = (unsigned char)(i == 1 ? 0 : 2 * (i - 1) + 1);
  }
  CHECK_INT(dn_expand(chain, chain + 401, chain + 2 * 199 + 1, text, sizeof text), 2);
  CHECK_STR(text, "z");
  /* ...but labels repeated through pointers cannot make a name over 255 bytes. */
  unsigned char grow[300];
  int n = 0;
  for (int i = 0; i < 100; i++) {
    grow[n] = 1;
    grow[n + 1] = 'x';
    n += 2;
  }
  grow[n++] = 0xc0;
  grow[n++] = 0;
  CHECK_INT(dn_expand(grow, grow + n, grow, text, sizeof text), -1);
}

static void parse(void) {
  ns_msg m;
  CHECK_INT(ns_initparse(kResponse, sizeof kResponse, &m), 0);
  CHECK_INT(ns_msg_id(m), 0x1234);
  CHECK_INT(ns_msg_count(m, ns_s_qd), 1);
  CHECK_INT(ns_msg_count(m, ns_s_an), 2);
  CHECK_INT(ns_msg_count(m, ns_s_ns), 0);
  ns_rr rr;
  CHECK_INT(ns_parserr(&m, ns_s_qd, 0, &rr), 0);
  CHECK_STR(ns_rr_name(rr), "www.example.com");
  CHECK_INT(ns_rr_type(rr), ns_t_a);
  CHECK_INT(ns_parserr(&m, ns_s_an, 0, &rr), 0);
  CHECK_STR(ns_rr_name(rr), "www.example.com");
  CHECK_INT(ns_rr_type(rr), ns_t_cname);
  CHECK_INT(ns_rr_ttl(rr), 3600);
  CHECK_INT(ns_rr_rdlen(rr), 6);
  char text[NS_MAXDNAME];
  CHECK_INT(dn_expand(ns_msg_base(m), ns_msg_end(m), ns_rr_rdata(rr), text, sizeof text), 6);
  CHECK_STR(text, "web.example.com");
  CHECK_INT(ns_parserr(&m, ns_s_an, 1, &rr), 0);
  CHECK_STR(ns_rr_name(rr), "web.example.com");
  CHECK_INT(ns_rr_type(rr), ns_t_a);
  CHECK_INT(ns_rr_class(rr), ns_c_in);
  CHECK_INT(ns_rr_ttl(rr), 60);
  CHECK_INT(ns_rr_rdlen(rr), 4);
  CHECK(memcmp(ns_rr_rdata(rr), "\xc0\x00\x02\x07", 4) == 0);
  /* Out of order, and out of range. */
  CHECK_INT(ns_parserr(&m, ns_s_an, 0, &rr), 0);
  CHECK_INT(ns_rr_type(rr), ns_t_cname);
  CHECK_INT(ns_parserr(&m, ns_s_an, 2, &rr), -1);
  CHECK_INT(errno, ENODEV);
  CHECK_INT(ns_parserr(&m, ns_s_ar, 0, &rr), -1);
  CHECK_INT(ns_skiprr(kResponse + 12, kResponse + sizeof kResponse, ns_s_qd, 1), 21);
  CHECK_INT(ns_skiprr(kResponse + 33, kResponse + sizeof kResponse, ns_s_an, 2), (int)sizeof kResponse - 33);
  CHECK_INT(ns_skiprr(kResponse + 33, kResponse + sizeof kResponse, ns_s_an, 3), -1);
  /* Every truncation fails cleanly; so does a trailing byte. */
  for (size_t len = 0; len < sizeof kResponse; len++) {
    ns_msg t;
    if (ns_initparse(kResponse, (int)len, &t) != -1) CHECK(!"truncated message accepted");
  }
  unsigned char longer[sizeof kResponse + 1];
  memcpy(longer, kResponse, sizeof kResponse);
  longer[sizeof kResponse] = 0;
  CHECK_INT(ns_initparse(longer, sizeof longer, &m), -1);
  CHECK_INT(errno, EMSGSIZE);

  CHECK_INT(ns_get16(kResponse), 0x1234);
  CHECK_INT(ns_get32(kResponse + 39), 3600);
  unsigned char out[4];
  ns_put16(0xabcd, out);
  CHECK(out[0] == 0xab && out[1] == 0xcd);
  ns_put32(0x01020304, out);
  CHECK(out[0] == 1 && out[3] == 4);
  const unsigned char *cp = kResponse;
  unsigned short s;
  unsigned long l;
  GETSHORT(s, cp);
  GETLONG(l, cp);
  CHECK_INT(s, 0x1234);
  CHECK_INT(l, 0x81800001);
  CHECK(cp == kResponse + 6);
}

/* Random damage to the response: parsing may fail, but what it returns lies inside
   the message, and nothing reads outside it (the buffer is exactly its size). */
static void mutations(void) {
  srand(12345);
  int bad = 0;
  for (int iter = 0; iter < 20000; iter++) {
    size_t len = sizeof kResponse - (size_t)(rand() % 8);
    unsigned char *msg = malloc(len);
    memcpy(msg, kResponse, len);
    int flips = 1 + rand() % 4;
    for (int f = 0; f < flips; f++) msg[rand() % len] = (unsigned char)rand();
    const unsigned char *eom = msg + len;
    ns_msg m;
    if (ns_initparse(msg, (int)len, &m) == 0) {
      for (int sect = 0; sect < ns_s_max; sect++) {
        for (int i = 0; i < ns_msg_count(m, sect) && i < 64; i++) {
          ns_rr rr;
          if (ns_parserr(&m, (ns_sect)sect, i, &rr) != 0) break;
          if (rr.rdata && (rr.rdata < msg || rr.rdata + rr.rdlength > eom)) bad++;
          if (strlen(rr.name) >= NS_MAXDNAME) bad++;
        }
      }
    }
    for (size_t off = 0; off < len; off++) {
      char text[NS_MAXDNAME];
      int n = dn_expand(msg, eom, msg + off, text, sizeof text);
      if (n > 0 && (off + (size_t)n > len || strlen(text) >= sizeof text)) bad++;
      int k = dn_skipname(msg + off, eom);
      if (k > 0 && off + (size_t)k > len) bad++;
    }
    free(msg);
  }
  CHECK_INT(bad, 0);
}

int main(void) {
  query();
  compression();
  malformed();
  parse();
  mutations();
  return check_done();
}
