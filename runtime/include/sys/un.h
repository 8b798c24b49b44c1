/* sys/un.h: Unix-domain socket addresses. */
#ifndef _SYS_UN_H
#define _SYS_UN_H
#include <features.h>
#include <bits/types/sa_family_t.h>

struct sockaddr_un {
  sa_family_t sun_family;
  char sun_path[108];
};

#if __PURE_DEFAULT
/* The length of an address whose path is a terminated string. */
#define SUN_LEN(ptr) \
  ((__SIZE_TYPE__)__builtin_offsetof(struct sockaddr_un, sun_path) + __builtin_strlen((ptr)->sun_path))
#endif

#endif
