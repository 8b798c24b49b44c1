/* sys/ipc.h: System V IPC keys and permissions. struct ipc_perm is the kernel's 64-bit
   ipc64_perm (the same on x86_64 and aarch64). */
#ifndef _SYS_IPC_H
#define _SYS_IPC_H
#include <features.h>
#include <bits/types/gid_t.h>
#include <bits/types/key_t.h>
#include <bits/types/mode_t.h>
#include <bits/types/uid_t.h>

struct ipc_perm {
  key_t __key;
  uid_t uid;
  gid_t gid;
  uid_t cuid;
  gid_t cgid;
  mode_t mode;
  unsigned short __seq;
  unsigned short __pad2;
  unsigned long __unused1;
  unsigned long __unused2;
};

#define IPC_PRIVATE ((key_t)0)

/* Flags of the *get() calls. */
#define IPC_CREAT 01000
#define IPC_EXCL 02000
#define IPC_NOWAIT 04000

/* Commands of the *ctl() calls. */
#define IPC_RMID 0
#define IPC_SET 1
#define IPC_STAT 2
#if __PURE_GNU || __PURE_DEFAULT
#define IPC_INFO 3
#endif

__PURE_BEGIN_DECLS
key_t ftok(const char *__path, int __id);
__PURE_END_DECLS

#endif
