/* sys/socket.h: sockets. On x86_64 and aarch64 every call is its own system call; the
   SOL_SOCKET option numbers come from the kernel (asm/socket.h), the rest are the kernel
   ABI values both targets share. */
#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H
#include <features.h>
#include <asm/socket.h>
#include <bits/types/sa_family_t.h>
#include <bits/types/size_t.h>
#include <bits/types/socklen_t.h>
#include <bits/types/ssize_t.h>
#include <bits/types/struct_iovec.h>
#if __PURE_GNU
#include <bits/types/gid_t.h>
#include <bits/types/pid_t.h>
#include <bits/types/struct_timespec.h>
#include <bits/types/uid_t.h>
#endif

#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3
#define SOCK_RDM 4
#define SOCK_SEQPACKET 5
#define SOCK_DCCP 6
#define SOCK_PACKET 10
#define SOCK_NONBLOCK 04000
#define SOCK_CLOEXEC 02000000

#define PF_UNSPEC 0
#define PF_LOCAL 1
#define PF_UNIX PF_LOCAL
#define PF_FILE PF_LOCAL
#define PF_INET 2
#define PF_AX25 3
#define PF_IPX 4
#define PF_APPLETALK 5
#define PF_NETROM 6
#define PF_BRIDGE 7
#define PF_ATMPVC 8
#define PF_X25 9
#define PF_INET6 10
#define PF_ROSE 11
#define PF_DECnet 12
#define PF_NETBEUI 13
#define PF_SECURITY 14
#define PF_KEY 15
#define PF_NETLINK 16
#define PF_ROUTE PF_NETLINK
#define PF_PACKET 17
#define PF_ASH 18
#define PF_ECONET 19
#define PF_ATMSVC 20
#define PF_RDS 21
#define PF_SNA 22
#define PF_IRDA 23
#define PF_PPPOX 24
#define PF_WANPIPE 25
#define PF_LLC 26
#define PF_IB 27
#define PF_MPLS 28
#define PF_CAN 29
#define PF_TIPC 30
#define PF_BLUETOOTH 31
#define PF_IUCV 32
#define PF_RXRPC 33
#define PF_ISDN 34
#define PF_PHONET 35
#define PF_IEEE802154 36
#define PF_CAIF 37
#define PF_ALG 38
#define PF_NFC 39
#define PF_VSOCK 40
#define PF_KCM 41
#define PF_QIPCRTR 42
#define PF_SMC 43
#define PF_XDP 44
#define PF_MCTP 45
#define PF_MAX 46

#define AF_UNSPEC PF_UNSPEC
#define AF_LOCAL PF_LOCAL
#define AF_UNIX PF_UNIX
#define AF_FILE PF_FILE
#define AF_INET PF_INET
#define AF_AX25 PF_AX25
#define AF_IPX PF_IPX
#define AF_APPLETALK PF_APPLETALK
#define AF_NETROM PF_NETROM
#define AF_BRIDGE PF_BRIDGE
#define AF_ATMPVC PF_ATMPVC
#define AF_X25 PF_X25
#define AF_INET6 PF_INET6
#define AF_ROSE PF_ROSE
#define AF_DECnet PF_DECnet
#define AF_NETBEUI PF_NETBEUI
#define AF_SECURITY PF_SECURITY
#define AF_KEY PF_KEY
#define AF_NETLINK PF_NETLINK
#define AF_ROUTE PF_ROUTE
#define AF_PACKET PF_PACKET
#define AF_ASH PF_ASH
#define AF_ECONET PF_ECONET
#define AF_ATMSVC PF_ATMSVC
#define AF_RDS PF_RDS
#define AF_SNA PF_SNA
#define AF_IRDA PF_IRDA
#define AF_PPPOX PF_PPPOX
#define AF_WANPIPE PF_WANPIPE
#define AF_LLC PF_LLC
#define AF_IB PF_IB
#define AF_MPLS PF_MPLS
#define AF_CAN PF_CAN
#define AF_TIPC PF_TIPC
#define AF_BLUETOOTH PF_BLUETOOTH
#define AF_IUCV PF_IUCV
#define AF_RXRPC PF_RXRPC
#define AF_ISDN PF_ISDN
#define AF_PHONET PF_PHONET
#define AF_IEEE802154 PF_IEEE802154
#define AF_CAIF PF_CAIF
#define AF_ALG PF_ALG
#define AF_NFC PF_NFC
#define AF_VSOCK PF_VSOCK
#define AF_KCM PF_KCM
#define AF_QIPCRTR PF_QIPCRTR
#define AF_SMC PF_SMC
#define AF_XDP PF_XDP
#define AF_MCTP PF_MCTP
#define AF_MAX PF_MAX

#define SOL_IP 0
#define SOL_TCP 6
#define SOL_UDP 17
#define SOL_IPV6 41
#define SOL_ICMPV6 58
#define SOL_SCTP 132
#define SOL_UDPLITE 136
#define SOL_RAW 255
#define SOL_DECNET 261
#define SOL_X25 262
#define SOL_PACKET 263
#define SOL_ATM 264
#define SOL_AAL 265
#define SOL_IRDA 266
#define SOL_NETBEUI 267
#define SOL_LLC 268
#define SOL_DCCP 269
#define SOL_NETLINK 270
#define SOL_TIPC 271
#define SOL_RXRPC 272
#define SOL_PPPOL2TP 273
#define SOL_BLUETOOTH 274
#define SOL_PNPIPE 275
#define SOL_RDS 276
#define SOL_IUCV 277
#define SOL_CAIF 278
#define SOL_ALG 279
#define SOL_NFC 280
#define SOL_KCM 281
#define SOL_TLS 282
#define SOL_XDP 283
#define SOL_MPTCP 284
#define SOL_MCTP 285
#define SOL_SMC 286

#define SOMAXCONN 4096

#define MSG_OOB 0x01
#define MSG_PEEK 0x02
#define MSG_DONTROUTE 0x04
#define MSG_CTRUNC 0x08
#define MSG_PROXY 0x10
#define MSG_TRUNC 0x20
#define MSG_DONTWAIT 0x40
#define MSG_EOR 0x80
#define MSG_WAITALL 0x100
#define MSG_FIN 0x200
#define MSG_SYN 0x400
#define MSG_CONFIRM 0x800
#define MSG_RST 0x1000
#define MSG_ERRQUEUE 0x2000
#define MSG_NOSIGNAL 0x4000
#define MSG_MORE 0x8000
#define MSG_WAITFORONE 0x10000
#define MSG_BATCH 0x40000
#define MSG_ZEROCOPY 0x4000000
#define MSG_FASTOPEN 0x20000000
#define MSG_CMSG_CLOEXEC 0x40000000

#define SHUT_RD 0
#define SHUT_WR 1
#define SHUT_RDWR 2

#define SCM_RIGHTS 0x01
#define SCM_CREDENTIALS 0x02
#define SCM_SECURITY 0x03
#define SCM_PIDFD 0x04

struct sockaddr {
  sa_family_t sa_family;
  char sa_data[14];
};

/* Large and aligned enough for every address family the kernel knows (128 bytes). */
struct sockaddr_storage {
  sa_family_t ss_family;
  char __ss_padding[128 - sizeof(sa_family_t) - sizeof(unsigned long)];
  unsigned long __ss_align;
};

/* The kernel's struct user_msghdr on LP64. */
struct msghdr {
  void *msg_name;
  socklen_t msg_namelen;
  struct iovec *msg_iov;
  size_t msg_iovlen;
  void *msg_control;
  size_t msg_controllen;
  int msg_flags;
};

struct cmsghdr {
  size_t cmsg_len;
  int cmsg_level;
  int cmsg_type;
};

struct linger {
  int l_onoff;
  int l_linger;
};

#if __PURE_GNU
struct mmsghdr {
  struct msghdr msg_hdr;
  unsigned int msg_len;
};

struct ucred {
  pid_t pid;
  uid_t uid;
  gid_t gid;
};
#endif

/* Control messages are aligned to the size of cmsg_len (8 bytes on both targets). */
#define CMSG_ALIGN(len) (((size_t)(len) + sizeof(size_t) - 1) & ~(size_t)(sizeof(size_t) - 1))
#define CMSG_DATA(cmsg) ((unsigned char *)((struct cmsghdr *)(cmsg) + 1))
#define CMSG_SPACE(len) (CMSG_ALIGN(len) + CMSG_ALIGN(sizeof(struct cmsghdr)))
#define CMSG_LEN(len) (CMSG_ALIGN(sizeof(struct cmsghdr)) + (len))
#define CMSG_FIRSTHDR(mhdr)                                               \
  ((size_t)(mhdr)->msg_controllen >= sizeof(struct cmsghdr)               \
       ? (struct cmsghdr *)(mhdr)->msg_control                            \
       : (struct cmsghdr *)0)
/* The next header, or null when it would not fit in the control buffer (a header whose
   cmsg_len is too small to advance ends the walk too). */
#define CMSG_NXTHDR(mhdr, cmsg)                                                        \
  ((cmsg)->cmsg_len < sizeof(struct cmsghdr) ||                                        \
           CMSG_ALIGN((cmsg)->cmsg_len) + sizeof(struct cmsghdr) >                     \
               (size_t)((unsigned char *)(mhdr)->msg_control + (mhdr)->msg_controllen - \
                        (unsigned char *)(cmsg))                                       \
       ? (struct cmsghdr *)0                                                           \
       : (struct cmsghdr *)((unsigned char *)(cmsg) + CMSG_ALIGN((cmsg)->cmsg_len)))

__PURE_BEGIN_DECLS
int socket(int __domain, int __type, int __protocol);
int socketpair(int __domain, int __type, int __protocol, int __fds[2]);
int bind(int __fd, const struct sockaddr *__addr, socklen_t __len);
int connect(int __fd, const struct sockaddr *__addr, socklen_t __len);
int listen(int __fd, int __backlog);
int accept(int __fd, struct sockaddr *__PURE_RESTRICT __addr, socklen_t *__PURE_RESTRICT __len);
int getsockname(int __fd, struct sockaddr *__PURE_RESTRICT __addr, socklen_t *__PURE_RESTRICT __len);
int getpeername(int __fd, struct sockaddr *__PURE_RESTRICT __addr, socklen_t *__PURE_RESTRICT __len);
int getsockopt(int __fd, int __level, int __name, void *__PURE_RESTRICT __value,
               socklen_t *__PURE_RESTRICT __len);
int setsockopt(int __fd, int __level, int __name, const void *__value, socklen_t __len);
ssize_t send(int __fd, const void *__buf, size_t __len, int __flags);
ssize_t recv(int __fd, void *__buf, size_t __len, int __flags);
ssize_t sendto(int __fd, const void *__buf, size_t __len, int __flags, const struct sockaddr *__addr,
               socklen_t __addrlen);
ssize_t recvfrom(int __fd, void *__PURE_RESTRICT __buf, size_t __len, int __flags,
                 struct sockaddr *__PURE_RESTRICT __addr, socklen_t *__PURE_RESTRICT __addrlen);
ssize_t sendmsg(int __fd, const struct msghdr *__msg, int __flags);
ssize_t recvmsg(int __fd, struct msghdr *__msg, int __flags);
int shutdown(int __fd, int __how);
int sockatmark(int __fd);
#if __PURE_GNU
int accept4(int __fd, struct sockaddr *__PURE_RESTRICT __addr, socklen_t *__PURE_RESTRICT __len,
            int __flags);
int sendmmsg(int __fd, struct mmsghdr *__vec, unsigned int __vlen, int __flags);
int recvmmsg(int __fd, struct mmsghdr *__vec, unsigned int __vlen, int __flags,
             struct timespec *__timeout);
#endif
__PURE_END_DECLS

#endif
