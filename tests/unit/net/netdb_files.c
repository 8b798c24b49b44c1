/* The /etc databases and the parts of getaddrinfo/getnameinfo that need no name server:
   numeric hosts and services, AI_PASSIVE, flag and family errors, gai_strerror, and the
   services/protocols/hosts entries compared with what this test reads from the files
   itself (each file may be absent in a minimal container; then lookups must fail). */
#define _GNU_SOURCE 1
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"

/* The first line of path with at least two fields that fit: fields copied into f1, f2
   (and the third, if any, into f3). */
static int first_entry(const char *path, char *f1, char *f2, char *f3, int (*ok)(const char *)) {
  FILE *f = fopen(path, "r");
  if (!f) return 0;
  char line[1024];
  while (fgets(line, sizeof line, f)) {
    char *hash = strchr(line, '#');
    if (hash) *hash = '\0';
    f3[0] = '\0';
    if (sscanf(line, "%63s %63s %63s", f1, f2, f3) >= 2 && ok(f2)) {
      fclose(f);
      return 1;
    }
  }
  fclose(f);
  return 0;
}

static int is_port_proto(const char *s) {
  const char *slash = strchr(s, '/');
  return slash && slash != s && slash[1];
}
static int is_number(const char *s) { return *s && strspn(s, "0123456789") == strlen(s); }
static int any(const char *s) { return *s != 0; }

static void services(void) {
  char name[64], portproto[64], alias[64];
  if (!first_entry("/etc/services", name, portproto, alias, is_port_proto)) {
    CHECK(getservbyname("http", "tcp") == NULL);
    CHECK(getservent() == NULL);
    return;
  }
  int port = atoi(portproto);
  const char *proto = strchr(portproto, '/') + 1;
  struct servent *se = getservbyname(name, proto);
  CHECK(se != NULL);
  if (se) {
    CHECK_STR(se->s_name, name);
    CHECK_INT(ntohs(se->s_port), port);
    CHECK_STR(se->s_proto, proto);
  }
  se = getservbyname(name, NULL);
  CHECK(se != NULL);
  se = getservbyport(htons(port), proto);
  CHECK(se != NULL);
  if (se) CHECK_INT(ntohs(se->s_port), port);
  if (alias[0]) {
    se = getservbyname(alias, proto);
    CHECK(se != NULL);
    if (se) CHECK_STR(se->s_name, name);
  }
  CHECK(getservbyname("no-such-service-here", NULL) == NULL);
  /* The first entry of the enumeration is the first line. */
  setservent(0);
  se = getservent();
  CHECK(se != NULL);
  if (se) CHECK_STR(se->s_name, name);
  endservent();

  /* _r: ERANGE for a tiny buffer, and the entry again after it (nothing skipped). */
  struct servent sbuf, *res = NULL;
  char tiny[4], buf[1024];
  CHECK_INT(getservbyname_r(name, proto, &sbuf, tiny, sizeof tiny, &res), ERANGE);
  CHECK(res == NULL);
  /* A service that does not exist: success, with a null result (getservbyname_r(3)). */
  res = &sbuf;
  CHECK_INT(getservbyname_r("no-such-service-here", NULL, &sbuf, buf, sizeof buf, &res), 0);
  CHECK(res == NULL);
  CHECK_INT(getservent_r(&sbuf, tiny, sizeof tiny, &res), ERANGE);
  CHECK_INT(getservent_r(&sbuf, buf, sizeof buf, &res), 0);
  CHECK(res == &sbuf);
  if (res) CHECK_STR(sbuf.s_name, name);
  endservent();

  /* getaddrinfo and getnameinfo use the same file. */
  struct addrinfo hints, *ai = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET;
  hints.ai_socktype = strcmp(proto, "udp") ? SOCK_STREAM : SOCK_DGRAM;
  hints.ai_flags = AI_NUMERICHOST;
  CHECK_INT(getaddrinfo("127.0.0.1", name, &hints, &ai), 0);
  if (ai) {
    CHECK_INT(ntohs(((struct sockaddr_in *)ai->ai_addr)->sin_port), port);
    freeaddrinfo(ai);
  }
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  CHECK_INT(getaddrinfo("127.0.0.1", name, &hints, &ai), EAI_NONAME);
  struct sockaddr_in sin = {0};
  sin.sin_family = AF_INET;
  sin.sin_port = htons(port);
  char host[64], serv[64];
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv,
                        NI_NUMERICHOST | (strcmp(proto, "udp") ? 0 : NI_DGRAM)), 0);
  CHECK_STR(host, "0.0.0.0");
}

static void protocols(void) {
  char name[64], number[64], alias[64];
  if (!first_entry("/etc/protocols", name, number, alias, is_number)) {
    CHECK(getprotobyname("tcp") == NULL);
    return;
  }
  struct protoent *pe = getprotobyname(name);
  CHECK(pe != NULL);
  if (pe) {
    CHECK_STR(pe->p_name, name);
    CHECK_INT(pe->p_proto, atoi(number));
  }
  pe = getprotobynumber(atoi(number));
  CHECK(pe != NULL);
  if (pe) CHECK_STR(pe->p_name, name);
  if (alias[0]) {
    pe = getprotobyname(alias);
    CHECK(pe != NULL);
    if (pe) CHECK_STR(pe->p_name, name);
  }
  CHECK(getprotobyname("no-such-protocol") == NULL);
  setprotoent(1);
  pe = getprotoent();
  CHECK(pe != NULL);
  if (pe) CHECK_STR(pe->p_name, name);
  endprotoent();
}

static void hosts(void) {
  char addr[64], name[64], alias[64];
  struct in_addr a4;
  char text[INET6_ADDRSTRLEN];
  /* The first IPv4 line of /etc/hosts, if there is one. */
  FILE *f = fopen("/etc/hosts", "r");
  int found = 0;
  if (f) {
    char line[1024];
    while (!found && fgets(line, sizeof line, f)) {
      char *hash = strchr(line, '#');
      if (hash) *hash = '\0';
      alias[0] = '\0';
      found = sscanf(line, "%63s %63s %63s", addr, name, alias) >= 2 && inet_pton(AF_INET, addr, &a4) == 1;
    }
    fclose(f);
  }
  if (!found) return;
  struct addrinfo hints, *ai = NULL;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_CANONNAME;
  CHECK_INT(getaddrinfo(name, NULL, &hints, &ai), 0);
  if (ai) {
    CHECK_STR(ai->ai_canonname, name);
    int seen = 0;
    for (struct addrinfo *p = ai; p; p = p->ai_next)
      seen |= ((struct sockaddr_in *)p->ai_addr)->sin_addr.s_addr == a4.s_addr;
    CHECK(seen);
    freeaddrinfo(ai);
  }
  struct hostent *h = gethostbyname(name);
  CHECK(h != NULL);
  if (h) CHECK_STR(h->h_name, name);
  h = gethostbyaddr(&a4, 4, AF_INET);
  CHECK(h != NULL);
  sethostent(0);
  h = gethostent();
  CHECK(h != NULL);
  endhostent();
  (void)text;
}

static void numeric(void) {
  struct addrinfo hints, *res = NULL;
  char text[INET6_ADDRSTRLEN];
  memset(&hints, 0, sizeof hints);

  /* No node, AI_PASSIVE: the wildcard addresses; without it, the loopback ones. */
  hints.ai_flags = AI_PASSIVE;
  hints.ai_socktype = SOCK_STREAM;
  CHECK_INT(getaddrinfo(NULL, "8080", &hints, &res), 0);
  int n4 = 0, n6 = 0;
  for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
    if (ai->ai_family == AF_INET) {
      struct sockaddr_in *s = (struct sockaddr_in *)ai->ai_addr;
      CHECK_INT(s->sin_addr.s_addr, htonl(INADDR_ANY));
      CHECK_INT(ntohs(s->sin_port), 8080);
      n4++;
    } else {
      struct sockaddr_in6 *s = (struct sockaddr_in6 *)ai->ai_addr;
      CHECK(IN6_IS_ADDR_UNSPECIFIED(&s->sin6_addr));
      n6++;
    }
    CHECK_INT(ai->ai_socktype, SOCK_STREAM);
  }
  CHECK_INT(n4, 1);
  CHECK_INT(n6, 1);
  freeaddrinfo(res);
  hints.ai_flags = 0;
  hints.ai_family = AF_INET;
  CHECK_INT(getaddrinfo(NULL, "1", &hints, &res), 0);
  CHECK_INT(((struct sockaddr_in *)res->ai_addr)->sin_addr.s_addr, htonl(INADDR_LOOPBACK));
  CHECK(res->ai_next == NULL);
  freeaddrinfo(res);

  /* Numeric hosts in every classic IPv4 form; one result per socket type. */
  hints.ai_socktype = 0;
  CHECK_INT(getaddrinfo("127.1", NULL, &hints, &res), 0);
  int types = 0;
  for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
    CHECK_INT(((struct sockaddr_in *)ai->ai_addr)->sin_addr.s_addr, htonl(0x7f000001));
    types |= 1 << ai->ai_socktype;
  }
  CHECK_INT(types, (1 << SOCK_STREAM) | (1 << SOCK_DGRAM) | (1 << SOCK_RAW));
  freeaddrinfo(res);

  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_NUMERICHOST | AI_CANONNAME;
  CHECK_INT(getaddrinfo("fe80::1%1", "domain", &hints, &res), 0);
  if (res) {
    struct sockaddr_in6 *s = (struct sockaddr_in6 *)res->ai_addr;
    CHECK_INT(res->ai_family, AF_INET6);
    CHECK_INT(s->sin6_scope_id, 1);
    CHECK_STR(inet_ntop(AF_INET6, &s->sin6_addr, text, sizeof text), "fe80::1");
    CHECK_STR(res->ai_canonname, "fe80::1%1");
    char host[NI_MAXHOST];
    CHECK_INT(getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, NULL, 0, NI_NUMERICHOST | NI_NUMERICSCOPE),
              0);
    CHECK_STR(host, "fe80::1%1");
    freeaddrinfo(res);
  }
  /* An IPv4 literal for AF_INET6: only as a mapped address. */
  hints.ai_family = AF_INET6;
  hints.ai_flags = AI_NUMERICHOST;
  CHECK_INT(getaddrinfo("192.0.2.1", "53", &hints, &res), EAI_ADDRFAMILY);
  hints.ai_flags = AI_NUMERICHOST | AI_V4MAPPED;
  CHECK_INT(getaddrinfo("192.0.2.1", "53", &hints, &res), 0);
  if (res) {
    CHECK_STR(inet_ntop(AF_INET6, &((struct sockaddr_in6 *)res->ai_addr)->sin6_addr, text, sizeof text),
              "::ffff:192.0.2.1");
    freeaddrinfo(res);
  }

  /* Errors (POSIX getaddrinfo). */
  memset(&hints, 0, sizeof hints);
  CHECK_INT(getaddrinfo(NULL, NULL, &hints, &res), EAI_NONAME);
  hints.ai_flags = AI_CANONNAME;
  CHECK_INT(getaddrinfo(NULL, "80", &hints, &res), EAI_BADFLAGS);
  hints.ai_flags = 0x10000;
  CHECK_INT(getaddrinfo("127.0.0.1", NULL, &hints, &res), EAI_BADFLAGS);
  hints.ai_flags = 0;
  hints.ai_family = AF_UNIX;
  CHECK_INT(getaddrinfo("127.0.0.1", NULL, &hints, &res), EAI_FAMILY);
  hints.ai_family = AF_INET;
  hints.ai_socktype = 12345;
  CHECK_INT(getaddrinfo("127.0.0.1", NULL, &hints, &res), EAI_SOCKTYPE);
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_protocol = IPPROTO_UDP;
  CHECK_INT(getaddrinfo("127.0.0.1", NULL, &hints, &res), EAI_SOCKTYPE);
  hints.ai_protocol = 0;
  CHECK_INT(getaddrinfo("127.0.0.1", "no-such-service-here", &hints, &res), EAI_SERVICE);
  CHECK_INT(getaddrinfo("127.0.0.1", "70000", &hints, &res), EAI_SERVICE);
  hints.ai_socktype = SOCK_RAW;
  CHECK_INT(getaddrinfo("127.0.0.1", "80", &hints, &res), EAI_SERVICE);
  hints.ai_socktype = 0;
  hints.ai_flags = AI_NUMERICHOST;
  CHECK_INT(getaddrinfo("not-a-number", NULL, &hints, &res), EAI_NONAME);

  CHECK_STR(gai_strerror(EAI_NONAME), "Name or service not known");
  CHECK(strlen(gai_strerror(EAI_AGAIN)) > 0);
  CHECK(strlen(gai_strerror(12345)) > 0);

  /* getnameinfo: numeric forms, buffer limits, bad arguments. */
  struct sockaddr_in sin = {0};
  sin.sin_family = AF_INET;
  sin.sin_port = htons(65535);
  sin.sin_addr.s_addr = htonl(0xc0000201);
  char host[NI_MAXHOST], serv[NI_MAXSERV];
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, serv, sizeof serv,
                        NI_NUMERICHOST | NI_NUMERICSERV), 0);
  CHECK_STR(host, "192.0.2.1");
  CHECK_STR(serv, "65535");
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, 9, NULL, 0, NI_NUMERICHOST), EAI_OVERFLOW);
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, NULL, 0, serv, 5, NI_NUMERICSERV), EAI_OVERFLOW);
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin - 1, host, sizeof host, NULL, 0, NI_NUMERICHOST),
            EAI_FAMILY);
  sin.sin_family = AF_UNIX;
  CHECK_INT(getnameinfo((struct sockaddr *)&sin, sizeof sin, host, sizeof host, NULL, 0, NI_NUMERICHOST), EAI_FAMILY);

  /* herror/hstrerror. */
  CHECK(strlen(hstrerror(HOST_NOT_FOUND)) > 0);
  CHECK(strcmp(hstrerror(HOST_NOT_FOUND), hstrerror(TRY_AGAIN)) != 0);
  h_errno = NO_DATA;
  CHECK_INT(h_errno, NO_DATA);
  (void)any;
}

int main(void) {
  services();
  protocols();
  hosts();
  numeric();
  return check_done();
}
