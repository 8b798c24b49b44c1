/* netdb.h: name and address translation: getaddrinfo/getnameinfo and the older host,
   service, protocol and network databases (/etc/hosts + DNS, /etc/services,
   /etc/protocols, /etc/networks). */
#ifndef _NETDB_H
#define _NETDB_H
#include <features.h>
#include <stdint.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <bits/types/size_t.h>

#if __PURE_DEFAULT
#define _PATH_HEQUIV "/etc/hosts.equiv"
#define _PATH_HOSTS "/etc/hosts"
#define _PATH_NETWORKS "/etc/networks"
#define _PATH_NSSWITCH_CONF "/etc/nsswitch.conf"
#define _PATH_PROTOCOLS "/etc/protocols"
#define _PATH_SERVICES "/etc/services"
#endif

struct hostent {
  char *h_name;
  char **h_aliases;
  int h_addrtype;
  int h_length;
  char **h_addr_list;
};
#if __PURE_DEFAULT
#define h_addr h_addr_list[0]
#endif

struct netent {
  char *n_name;
  char **n_aliases;
  int n_addrtype;
  uint32_t n_net;
};

struct servent {
  char *s_name;
  char **s_aliases;
  int s_port;
  char *s_proto;
};

struct protoent {
  char *p_name;
  char **p_aliases;
  int p_proto;
};

struct addrinfo {
  int ai_flags;
  int ai_family;
  int ai_socktype;
  int ai_protocol;
  socklen_t ai_addrlen;
  struct sockaddr *ai_addr;
  char *ai_canonname;
  struct addrinfo *ai_next;
};

#define AI_PASSIVE 0x0001
#define AI_CANONNAME 0x0002
#define AI_NUMERICHOST 0x0004
#define AI_V4MAPPED 0x0008
#define AI_ALL 0x0010
#define AI_ADDRCONFIG 0x0020
#define AI_NUMERICSERV 0x0400

#define NI_MAXHOST 1025
#define NI_MAXSERV 32
#define NI_NUMERICHOST 1
#define NI_NUMERICSERV 2
#define NI_NOFQDN 4
#define NI_NAMEREQD 8
#define NI_DGRAM 16
#if __PURE_GNU
#define NI_NUMERICSCOPE 256
#endif

#define EAI_BADFLAGS -1
#define EAI_NONAME -2
#define EAI_AGAIN -3
#define EAI_FAIL -4
#define EAI_FAMILY -6
#define EAI_SOCKTYPE -7
#define EAI_SERVICE -8
#define EAI_MEMORY -10
#define EAI_SYSTEM -11
#define EAI_OVERFLOW -12
#if __PURE_GNU
#define EAI_NODATA -5
#define EAI_ADDRFAMILY -9
#endif

#if __PURE_DEFAULT
/* h_errno: why the last gethostby* lookup of this thread failed. */
#define NETDB_INTERNAL -1
#define NETDB_SUCCESS 0
#define HOST_NOT_FOUND 1
#define TRY_AGAIN 2
#define NO_RECOVERY 3
#define NO_DATA 4
#define NO_ADDRESS NO_DATA
#endif

__PURE_BEGIN_DECLS
int getaddrinfo(const char *__PURE_RESTRICT __node, const char *__PURE_RESTRICT __service,
                const struct addrinfo *__PURE_RESTRICT __hints, struct addrinfo **__PURE_RESTRICT __res);
void freeaddrinfo(struct addrinfo *__res);
const char *gai_strerror(int __errcode);
int getnameinfo(const struct sockaddr *__PURE_RESTRICT __sa, socklen_t __salen, char *__PURE_RESTRICT __host,
                socklen_t __hostlen, char *__PURE_RESTRICT __serv, socklen_t __servlen, int __flags);

void sethostent(int __stayopen);
void endhostent(void);
struct hostent *gethostent(void);
void setnetent(int __stayopen);
void endnetent(void);
struct netent *getnetent(void);
struct netent *getnetbyaddr(uint32_t __net, int __type);
struct netent *getnetbyname(const char *__name);
void setprotoent(int __stayopen);
void endprotoent(void);
struct protoent *getprotoent(void);
struct protoent *getprotobyname(const char *__name);
struct protoent *getprotobynumber(int __proto);
void setservent(int __stayopen);
void endservent(void);
struct servent *getservent(void);
struct servent *getservbyname(const char *__name, const char *__proto);
struct servent *getservbyport(int __port, const char *__proto);

#if __PURE_DEFAULT
int *__h_errno_location(void);
#define h_errno (*__h_errno_location())
struct hostent *gethostbyname(const char *__name);
struct hostent *gethostbyaddr(const void *__addr, socklen_t __len, int __type);
void herror(const char *__s);
const char *hstrerror(int __err);
#endif

#if __PURE_GNU
struct hostent *gethostbyname2(const char *__name, int __af);
int gethostent_r(struct hostent *__PURE_RESTRICT __ret, char *__PURE_RESTRICT __buf, size_t __buflen,
                 struct hostent **__PURE_RESTRICT __result, int *__PURE_RESTRICT __h_errnop);
int gethostbyname_r(const char *__PURE_RESTRICT __name, struct hostent *__PURE_RESTRICT __ret,
                    char *__PURE_RESTRICT __buf, size_t __buflen, struct hostent **__PURE_RESTRICT __result,
                    int *__PURE_RESTRICT __h_errnop);
int gethostbyname2_r(const char *__PURE_RESTRICT __name, int __af, struct hostent *__PURE_RESTRICT __ret,
                     char *__PURE_RESTRICT __buf, size_t __buflen, struct hostent **__PURE_RESTRICT __result,
                     int *__PURE_RESTRICT __h_errnop);
int gethostbyaddr_r(const void *__PURE_RESTRICT __addr, socklen_t __len, int __type,
                    struct hostent *__PURE_RESTRICT __ret, char *__PURE_RESTRICT __buf, size_t __buflen,
                    struct hostent **__PURE_RESTRICT __result, int *__PURE_RESTRICT __h_errnop);
int getservent_r(struct servent *__PURE_RESTRICT __ret, char *__PURE_RESTRICT __buf, size_t __buflen,
                 struct servent **__PURE_RESTRICT __result);
int getservbyname_r(const char *__PURE_RESTRICT __name, const char *__PURE_RESTRICT __proto,
                    struct servent *__PURE_RESTRICT __ret, char *__PURE_RESTRICT __buf, size_t __buflen,
                    struct servent **__PURE_RESTRICT __result);
int getservbyport_r(int __port, const char *__PURE_RESTRICT __proto, struct servent *__PURE_RESTRICT __ret,
                    char *__PURE_RESTRICT __buf, size_t __buflen, struct servent **__PURE_RESTRICT __result);
int getprotoent_r(struct protoent *__PURE_RESTRICT __ret, char *__PURE_RESTRICT __buf, size_t __buflen,
                  struct protoent **__PURE_RESTRICT __result);
int getprotobyname_r(const char *__PURE_RESTRICT __name, struct protoent *__PURE_RESTRICT __ret,
                     char *__PURE_RESTRICT __buf, size_t __buflen, struct protoent **__PURE_RESTRICT __result);
int getprotobynumber_r(int __proto, struct protoent *__PURE_RESTRICT __ret, char *__PURE_RESTRICT __buf,
                       size_t __buflen, struct protoent **__PURE_RESTRICT __result);
int getnetent_r(struct netent *__PURE_RESTRICT __ret, char *__PURE_RESTRICT __buf, size_t __buflen,
                struct netent **__PURE_RESTRICT __result, int *__PURE_RESTRICT __h_errnop);
int getnetbyname_r(const char *__PURE_RESTRICT __name, struct netent *__PURE_RESTRICT __ret,
                   char *__PURE_RESTRICT __buf, size_t __buflen, struct netent **__PURE_RESTRICT __result,
                   int *__PURE_RESTRICT __h_errnop);
int getnetbyaddr_r(uint32_t __net, int __type, struct netent *__PURE_RESTRICT __ret,
                   char *__PURE_RESTRICT __buf, size_t __buflen, struct netent **__PURE_RESTRICT __result,
                   int *__PURE_RESTRICT __h_errnop);
#endif
__PURE_END_DECLS

#endif
