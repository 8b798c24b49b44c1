/* sys/utsname.h: system name. */
#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H
#include <features.h>

/* The kernel's new_utsname: six fields of 65 bytes. */
#define _UTSNAME_LENGTH 65

struct utsname {
  char sysname[_UTSNAME_LENGTH];
  char nodename[_UTSNAME_LENGTH];
  char release[_UTSNAME_LENGTH];
  char version[_UTSNAME_LENGTH];
  char machine[_UTSNAME_LENGTH];
#if __PURE_GNU
  char domainname[_UTSNAME_LENGTH];
#else
  char __domainname[_UTSNAME_LENGTH];
#endif
};

__PURE_BEGIN_DECLS
int uname(struct utsname *__buf);
__PURE_END_DECLS

#endif
