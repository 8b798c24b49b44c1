/* sys/fsuid.h: the user and group IDs used for file system checks (Linux). Both calls
   return the previous ID and never fail visibly: an unchanged result is the only sign. */
#ifndef _SYS_FSUID_H
#define _SYS_FSUID_H
#include <features.h>
#include <bits/types/gid_t.h>
#include <bits/types/uid_t.h>

__PURE_BEGIN_DECLS
int setfsuid(uid_t __uid);
int setfsgid(gid_t __gid);
__PURE_END_DECLS

#endif
