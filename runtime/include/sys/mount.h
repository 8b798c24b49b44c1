/* sys/mount.h: mounting and unmounting file systems (Linux). The MS_* flags are the
   kernel's own, from <linux/mount.h>. */
#ifndef _SYS_MOUNT_H
#define _SYS_MOUNT_H
#include <features.h>
#include <linux/mount.h>

/* umount2() flags. */
#define MNT_FORCE 1
#define MNT_DETACH 2
#define MNT_EXPIRE 4
#define UMOUNT_NOFOLLOW 8

__PURE_BEGIN_DECLS
int mount(const char *__source, const char *__target, const char *__fstype, unsigned long __flags,
          const void *__data);
int umount(const char *__target);
int umount2(const char *__target, int __flags);
__PURE_END_DECLS

#endif
