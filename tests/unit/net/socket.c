/* Sockets over loopback and socketpair: the kernel ABI layouts (and the IPv4 header's),
   stream and datagram traffic, accept4 flags, socket options, names, SCM_RIGHTS
   descriptor passing with the CMSG_* macros, sendmmsg/recvmmsg, shutdown, and errors. */
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <netpacket/packet.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "../check.h"

static void layouts(void) {
  /* The LP64 kernel ABI (include/uapi/linux/socket.h, in.h, in6.h, un.h). */
  CHECK_INT(sizeof(struct sockaddr), 16);
  CHECK_INT(sizeof(struct sockaddr_storage), 128);
  CHECK_INT(_Alignof(struct sockaddr_storage), 8);
  CHECK_INT(sizeof(struct sockaddr_in), 16);
  CHECK_INT(offsetof(struct sockaddr_in, sin_port), 2);
  CHECK_INT(offsetof(struct sockaddr_in, sin_addr), 4);
  CHECK_INT(sizeof(struct sockaddr_in6), 28);
  CHECK_INT(offsetof(struct sockaddr_in6, sin6_flowinfo), 4);
  CHECK_INT(offsetof(struct sockaddr_in6, sin6_addr), 8);
  CHECK_INT(offsetof(struct sockaddr_in6, sin6_scope_id), 24);
  CHECK_INT(sizeof(struct sockaddr_un), 110);
  CHECK_INT(sizeof(struct msghdr), 56);
  CHECK_INT(offsetof(struct msghdr, msg_iov), 16);
  CHECK_INT(offsetof(struct msghdr, msg_control), 32);
  CHECK_INT(offsetof(struct msghdr, msg_flags), 48);
  CHECK_INT(sizeof(struct cmsghdr), 16);
  CHECK_INT(sizeof(struct mmsghdr), 64);
  CHECK_INT(sizeof(struct linger), 8);
  CHECK_INT(sizeof(struct ucred), 12);
  CHECK_INT(sizeof(struct tcphdr), 20);
  CHECK_INT(sizeof(struct udphdr), 8);
  CHECK_INT(sizeof(struct iphdr), 20);
  CHECK_INT(sizeof(struct ip), 20);
  CHECK_INT(offsetof(struct ip, ip_src), 12);
  CHECK_INT(sizeof(struct sockaddr_ll), 20);
  unsigned char v4hdr[20] = {0x45, 0, 0, 20};
  struct iphdr *ih = (struct iphdr *)v4hdr;
  CHECK_INT(ih->version, 4);
  CHECK_INT(ih->ihl, 5);
  CHECK_INT(CMSG_LEN(sizeof(int)), 20);
  CHECK_INT(CMSG_SPACE(sizeof(int)), 24);
  CHECK_INT(CMSG_SPACE(3 * sizeof(int)), 32);
  CHECK_INT(SOL_SOCKET, 1);
  CHECK_INT(SO_REUSEADDR, 2);
  CHECK_INT(SO_TYPE, 3);
  CHECK_INT(SOCK_CLOEXEC, O_CLOEXEC);
  CHECK_INT(SOCK_NONBLOCK, O_NONBLOCK);
  struct sockaddr_un un;
  strcpy(un.sun_path, "/tmp/x");
  CHECK_INT(SUN_LEN(&un), 2 + 6);
}

static void pair_and_rights(void) {
  int sv[2];
  CHECK_INT(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
  CHECK_INT(fcntl(sv[0], F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
  CHECK_INT(send(sv[0], "ping", 4, 0), 4);
  char buf[16] = {0};
  CHECK_INT(recv(sv[1], buf, sizeof buf, 0), 4);
  CHECK_STR(buf, "ping");

  /* Pass one end of a pipe across the pair; what is written to the pipe comes out of
     the received descriptor. */
  int p[2];
  CHECK_INT(pipe(p), 0);
  char data = 'x';
  struct iovec iov = {&data, 1};
  union {
    char buf[CMSG_SPACE(sizeof(int))];
    struct cmsghdr align;
  } control;
  memset(&control, 0, sizeof control);
  struct msghdr msg = {0};
  msg.msg_iov = &iov;
  msg.msg_iovlen = 1;
  msg.msg_control = control.buf;
  msg.msg_controllen = sizeof control.buf;
  struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
  CHECK(c == (struct cmsghdr *)control.buf);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &p[0], sizeof(int));
  CHECK(CMSG_NXTHDR(&msg, c) == NULL);
  CHECK_INT(sendmsg(sv[0], &msg, 0), 1);
  close(p[0]);

  char got = 0;
  struct iovec riov = {&got, 1};
  union {
    char buf[CMSG_SPACE(sizeof(int))];
    struct cmsghdr align;
  } rcontrol;
  struct msghdr rmsg = {0};
  rmsg.msg_iov = &riov;
  rmsg.msg_iovlen = 1;
  rmsg.msg_control = rcontrol.buf;
  rmsg.msg_controllen = sizeof rcontrol.buf;
  CHECK_INT(recvmsg(sv[1], &rmsg, MSG_CMSG_CLOEXEC), 1);
  CHECK_INT(got, 'x');
  CHECK_INT(rmsg.msg_flags & MSG_CTRUNC, 0);
  struct cmsghdr *rc = CMSG_FIRSTHDR(&rmsg);
  CHECK(rc != NULL);
  if (rc) {
    CHECK_INT(rc->cmsg_level, SOL_SOCKET);
    CHECK_INT(rc->cmsg_type, SCM_RIGHTS);
    CHECK_INT(rc->cmsg_len, CMSG_LEN(sizeof(int)));
    int fd;
    memcpy(&fd, CMSG_DATA(rc), sizeof fd);
    CHECK_INT(fcntl(fd, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    CHECK_INT(write(p[1], "through", 7), 7);
    char b2[8] = {0};
    CHECK_INT(read(fd, b2, 7), 7);
    CHECK_STR(b2, "through");
    close(fd);
    CHECK(CMSG_NXTHDR(&rmsg, rc) == NULL);
  }
  close(p[1]);

  /* Credentials: SO_PEERCRED names this process. */
  struct ucred cred;
  socklen_t len = sizeof cred;
  CHECK_INT(getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cred, &len), 0);
  CHECK_INT(cred.pid, getpid());
  CHECK_INT(cred.uid, getuid());

  CHECK_INT(shutdown(sv[0], SHUT_WR), 0);
  CHECK_INT(recv(sv[1], buf, sizeof buf, 0), 0);
  CHECK_INT(shutdown(sv[0], 99), -1);
  CHECK_INT(errno, EINVAL);
  close(sv[0]);
  close(sv[1]);
}

static void tcp_loopback(void) {
  int l = socket(AF_INET, SOCK_STREAM, 0);
  CHECK(l >= 0);
  int one = 1, v = 0;
  socklen_t len = sizeof v;
  CHECK_INT(setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one), 0);
  CHECK_INT(getsockopt(l, SOL_SOCKET, SO_REUSEADDR, &v, &len), 0);
  CHECK(v != 0);
  len = sizeof v;
  CHECK_INT(getsockopt(l, SOL_SOCKET, SO_TYPE, &v, &len), 0);
  CHECK_INT(v, SOCK_STREAM);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sa.sin_port = 0;
  CHECK_INT(bind(l, (struct sockaddr *)&sa, sizeof sa), 0);
  CHECK_INT(listen(l, SOMAXCONN), 0);
  struct sockaddr_in bound;
  len = sizeof bound;
  CHECK_INT(getsockname(l, (struct sockaddr *)&bound, &len), 0);
  CHECK_INT(len, sizeof bound);
  CHECK_INT(bound.sin_family, AF_INET);
  CHECK(bound.sin_port != 0);
  CHECK_INT(ntohl(bound.sin_addr.s_addr), INADDR_LOOPBACK);

  int c = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
  CHECK_INT(connect(c, (struct sockaddr *)&bound, sizeof bound), 0);
  struct sockaddr_in peer;
  len = sizeof peer;
  int a = accept4(l, (struct sockaddr *)&peer, &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
  CHECK(a >= 0);
  CHECK_INT(fcntl(a, F_GETFL) & O_NONBLOCK, O_NONBLOCK);
  CHECK_INT(fcntl(a, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
  struct sockaddr_in local;
  len = sizeof local;
  CHECK_INT(getsockname(c, (struct sockaddr *)&local, &len), 0);
  CHECK_INT(peer.sin_port, local.sin_port);
  len = sizeof peer;
  CHECK_INT(getpeername(c, (struct sockaddr *)&peer, &len), 0);
  CHECK_INT(peer.sin_port, bound.sin_port);

  CHECK_INT(setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one), 0);
  len = sizeof v;
  CHECK_INT(getsockopt(c, IPPROTO_TCP, TCP_NODELAY, &v, &len), 0);
  CHECK(v != 0);

  /* Nothing to read yet on the non-blocking side. */
  char buf[64];
  CHECK_INT(recv(a, buf, sizeof buf, 0), -1);
  CHECK(errno == EAGAIN || errno == EWOULDBLOCK);
  CHECK_INT(sockatmark(c), 0);

  CHECK_INT(send(c, "hello over tcp", 14, MSG_NOSIGNAL), 14);
  CHECK_INT(shutdown(c, SHUT_WR), 0);
  int total = 0;
  for (int tries = 0; tries < 1000 && total < 14; tries++) {
    ssize_t n = recv(a, buf + total, sizeof buf - total, MSG_WAITALL);
    if (n > 0) total += (int)n;
    else if (n < 0 && errno == EAGAIN) usleep(1000);
    else break;
  }
  CHECK_INT(total, 14);
  CHECK(memcmp(buf, "hello over tcp", 14) == 0);
  close(a);
  close(c);

  /* A closed port refuses. */
  CHECK_INT(close(l), 0);
  c = socket(AF_INET, SOCK_STREAM, 0);
  CHECK_INT(connect(c, (struct sockaddr *)&bound, sizeof bound), -1);
  CHECK_INT(errno, ECONNREFUSED);
  close(c);
}

static void udp_loopback(void) {
  int r = socket(AF_INET, SOCK_DGRAM, 0);
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  struct sockaddr_in sa = {0};
  sa.sin_family = AF_INET;
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  CHECK_INT(bind(r, (struct sockaddr *)&sa, sizeof sa), 0);
  socklen_t len = sizeof sa;
  CHECK_INT(getsockname(r, (struct sockaddr *)&sa, &len), 0);
  CHECK_INT(sendto(s, "dgram", 5, 0, (struct sockaddr *)&sa, sizeof sa), 5);
  char buf[16] = {0};
  struct sockaddr_in from;
  len = sizeof from;
  CHECK_INT(recvfrom(r, buf, sizeof buf, 0, (struct sockaddr *)&from, &len), 5);
  CHECK_STR(buf, "dgram");
  struct sockaddr_in sender;
  socklen_t slen = sizeof sender;
  CHECK_INT(getsockname(s, (struct sockaddr *)&sender, &slen), 0);
  CHECK_INT(from.sin_port, sender.sin_port);

  /* Three datagrams in one sendmmsg, three back in one recvmmsg. */
  CHECK_INT(connect(s, (struct sockaddr *)&sa, sizeof sa), 0);
  struct iovec iov[3] = {{"one", 3}, {"two!", 4}, {"three", 5}};
  struct mmsghdr out[3];
  memset(out, 0, sizeof out);
  for (int i = 0; i < 3; i++) {
    out[i].msg_hdr.msg_iov = &iov[i];
    out[i].msg_hdr.msg_iovlen = 1;
  }
  CHECK_INT(sendmmsg(s, out, 3, 0), 3);
  CHECK_INT(out[2].msg_len, 5);
  char in_buf[3][8];
  struct iovec riov[3];
  struct mmsghdr in[3];
  memset(in, 0, sizeof in);
  for (int i = 0; i < 3; i++) {
    riov[i].iov_base = in_buf[i];
    riov[i].iov_len = sizeof in_buf[i];
    in[i].msg_hdr.msg_iov = &riov[i];
    in[i].msg_hdr.msg_iovlen = 1;
  }
  struct timespec timeout = {5, 0};
  CHECK_INT(recvmmsg(r, in, 3, MSG_WAITFORONE, &timeout), 3);
  CHECK_INT(in[0].msg_len, 3);
  CHECK_INT(in[1].msg_len, 4);
  CHECK_INT(in[2].msg_len, 5);
  CHECK(memcmp(in_buf[2], "three", 5) == 0);

  /* MSG_TRUNC reports the datagram's real length. */
  CHECK_INT(send(s, "0123456789", 10, 0), 10);
  CHECK_INT(recv(r, buf, 4, MSG_TRUNC), 10);
  close(r);
  close(s);
}

static void ipv6_loopback(void) {
  int l = socket(AF_INET6, SOCK_DGRAM, 0);
  if (l < 0) {
    CHECK(errno == EAFNOSUPPORT); /* a kernel without IPv6 */
    return;
  }
  struct sockaddr_in6 sa = {0};
  sa.sin6_family = AF_INET6;
  sa.sin6_addr = in6addr_loopback;
  if (bind(l, (struct sockaddr *)&sa, sizeof sa) != 0) {
    CHECK(errno == EADDRNOTAVAIL); /* ::1 not configured (IPv6 disabled on lo) */
    close(l);
    return;
  }
  socklen_t len = sizeof sa;
  CHECK_INT(getsockname(l, (struct sockaddr *)&sa, &len), 0);
  CHECK_INT(len, sizeof sa);
  CHECK(IN6_IS_ADDR_LOOPBACK(&sa.sin6_addr));
  int s = socket(AF_INET6, SOCK_DGRAM, 0);
  CHECK_INT(sendto(s, "six", 3, 0, (struct sockaddr *)&sa, sizeof sa), 3);
  char buf[4] = {0};
  CHECK_INT(recv(l, buf, 3, 0), 3);
  CHECK_STR(buf, "six");
  close(s);
  close(l);
}

static void errors(void) {
  CHECK_INT(socket(12345, SOCK_STREAM, 0), -1);
  CHECK_INT(errno, EAFNOSUPPORT);
  CHECK_INT(socket(AF_INET, 12345, 0), -1);
  /* Linux says EINVAL for a type it does not know; qemu-user's own check says
     ESOCKTNOSUPPORT before the call reaches the kernel. */
  CHECK(errno == EINVAL || errno == ESOCKTNOSUPPORT);
  CHECK_INT(listen(-1, 1), -1);
  CHECK_INT(errno, EBADF);
  int fd = open("/", O_RDONLY);
  CHECK_INT(accept(fd, NULL, NULL), -1);
  CHECK_INT(errno, ENOTSOCK);
  CHECK_INT(sockatmark(fd), -1);
  CHECK_INT(errno, ENOTTY);
  close(fd);
  int s = socket(AF_INET, SOCK_STREAM, 0);
  CHECK_INT(send(s, "x", 1, MSG_NOSIGNAL), -1);
  CHECK_INT(errno, EPIPE);
  int v;
  socklen_t len = sizeof v;
  CHECK_INT(getsockopt(s, SOL_SOCKET, 9999, &v, &len), -1);
  CHECK_INT(errno, ENOPROTOOPT);
  close(s);
}

int main(void) {
  layouts();
  pair_and_rights();
  tcp_loopback();
  udp_loopback();
  ipv6_loopback();
  errors();
  return check_done();
}
