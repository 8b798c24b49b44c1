/* sys/msg.h: System V message queues. struct msqid_ds is the kernel's msqid64_ds. */
#ifndef _SYS_MSG_H
#define _SYS_MSG_H
#include <features.h>
#include <sys/ipc.h>
#include <bits/types/pid_t.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>
#include <bits/types/time_t.h>

typedef unsigned long msgqnum_t;
typedef unsigned long msglen_t;

struct msqid_ds {
  struct ipc_perm msg_perm;
  time_t msg_stime;
  time_t msg_rtime;
  time_t msg_ctime;
  unsigned long msg_cbytes; /* bytes now queued */
  msgqnum_t msg_qnum;
  msglen_t msg_qbytes;
  pid_t msg_lspid;
  pid_t msg_lrpid;
  unsigned long __unused4;
  unsigned long __unused5;
};

#define MSG_NOERROR 010000

#if __PURE_GNU || __PURE_DEFAULT
#define __msg_cbytes msg_cbytes /* glibc's spelling */
#define MSG_EXCEPT 020000
#define MSG_COPY 040000
#define MSG_STAT 11
#define MSG_INFO 12
#define MSG_STAT_ANY 13

/* The layout msgsnd() and msgrcv() expect; programs usually declare their own. */
struct msgbuf {
  long mtype;
  char mtext[1];
};

/* What IPC_INFO and MSG_INFO fill in. */
struct msginfo {
  int msgpool;
  int msgmap;
  int msgmax;
  int msgmnb;
  int msgmni;
  int msgssz;
  int msgtql;
  unsigned short msgseg;
};
#endif

__PURE_BEGIN_DECLS
int msgctl(int __id, int __cmd, struct msqid_ds *__buf);
int msgget(key_t __key, int __flags);
ssize_t msgrcv(int __id, void *__msg, size_t __size, long __type, int __flags);
int msgsnd(int __id, const void *__msg, size_t __size, int __flags);
__PURE_END_DECLS

#endif
