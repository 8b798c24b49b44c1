// res_send: sends a query to the configured name servers and waits for the answer. UDP
// first (one socket per try, connected so only the server's datagrams arrive); a
// truncated answer (TC) is asked again over TCP. Each round tries every server with the
// configured timeout; "options attempts:" sets the number of rounds.
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <resolv.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "net/dns_core.h"
#include "net/resolver.h"

namespace pure::net {
namespace {

// The address of server i, as a sockaddr and its length.
const struct sockaddr* server_address(const struct __res_state& st, int i, socklen_t* len) {
  if (st.nsaddr_list[i].sin_family == AF_INET) {
    *len = sizeof(struct sockaddr_in);
    return reinterpret_cast<const struct sockaddr*>(&st.nsaddr_list[i]);
  }
  if (st._u._ext.nsaddrs[i]) {
    *len = sizeof(struct sockaddr_in6);
    return reinterpret_cast<const struct sockaddr*>(st._u._ext.nsaddrs[i]);
  }
  return nullptr;
}

// Whether reply answers query: same id, a response, and the same question.
bool matches(const uint8_t* query, int qlen, const uint8_t* reply, int rlen) {
  if (rlen < NS_HFIXEDSZ || qlen < NS_HFIXEDSZ) return false;
  if (reply[0] != query[0] || reply[1] != query[1] || !(reply[2] & 0x80)) return false;
  // A server may leave the question out of an error reply (FORMERR, for example).
  if (dns::get16(reply + 4) == 0) return (reply[3] & 0x0f) != 0;
  uint8_t qname[dns::kMaxWireName], rname[dns::kMaxWireName];
  int qn = dns::read_wire_name(query, query + qlen, query + NS_HFIXEDSZ, qname);
  int rn = dns::read_wire_name(reply, reply + rlen, reply + NS_HFIXEDSZ, rname);
  if (qn < 0 || rn < 0 || NS_HFIXEDSZ + qn + 4 > qlen || NS_HFIXEDSZ + rn + 4 > rlen) return false;
  return dns::wire_equal(qname, rname) &&
         memcmp(query + NS_HFIXEDSZ + qn, reply + NS_HFIXEDSZ + rn, 4) == 0;
}

bool wait_for(int fd, short events, int timeout_ms) {
  struct pollfd p = {fd, events, 0};
  for (;;) {
    int r = poll(&p, 1, timeout_ms);
    if (r > 0) return true;
    if (r == 0 || errno != EINTR) return false;
  }
}

bool write_all(int fd, const uint8_t* p, size_t n, int timeout_ms) {
  while (n > 0) {
    ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN && wait_for(fd, POLLOUT, timeout_ms)) continue;
      return false;
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

bool read_all(int fd, uint8_t* p, size_t n, int timeout_ms) {
  while (n > 0) {
    ssize_t r = recv(fd, p, n, 0);
    if (r == 0) return false;
    if (r < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN && wait_for(fd, POLLIN, timeout_ms)) continue;
      return false;
    }
    p += r;
    n -= static_cast<size_t>(r);
  }
  return true;
}

// One exchange over TCP: two-byte length, then the message. Returns the answer's length
// (what fits in anslen is kept; the rest is read and dropped) or -errno.
int send_tcp(const struct sockaddr* sa, socklen_t salen, const uint8_t* msg, int msglen,
             uint8_t* answer, int anslen, int timeout_ms) {
  int fd = socket(sa->sa_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) return -errno;
  int result = -ETIMEDOUT;
  if (connect(fd, sa, salen) < 0) {
    if (errno != EINPROGRESS || !wait_for(fd, POLLOUT, timeout_ms)) {
      result = errno == EINPROGRESS ? -ETIMEDOUT : -errno;
      close(fd);
      return result;
    }
    int err = 0;
    socklen_t errlen = sizeof err;
    getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &errlen);
    if (err) {
      close(fd);
      return -err;
    }
  }
  uint8_t len[2];
  dns::put16(static_cast<unsigned>(msglen), len);
  if (write_all(fd, len, 2, timeout_ms) && write_all(fd, msg, static_cast<size_t>(msglen), timeout_ms) &&
      read_all(fd, len, 2, timeout_ms)) {
    int total = static_cast<int>(dns::get16(len));
    int keep = total < anslen ? total : anslen;
    if (read_all(fd, answer, static_cast<size_t>(keep), timeout_ms)) {
      uint8_t sink[512];
      int rest = total - keep;
      bool ok = true;
      while (ok && rest > 0) {
        int chunk = rest < 512 ? rest : 512;
        ok = read_all(fd, sink, static_cast<size_t>(chunk), timeout_ms);
        rest -= chunk;
      }
      if (ok) result = keep;
    }
  }
  close(fd);
  return result;
}

// One exchange over UDP; returns the answer's length, or -errno (-ETIMEDOUT when no
// matching answer came in time).
int send_udp(const struct sockaddr* sa, socklen_t salen, const uint8_t* msg, int msglen,
             uint8_t* answer, int anslen, int timeout_ms) {
  int fd = socket(sa->sa_family, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) return -errno;
  int result = -ETIMEDOUT;
  if (connect(fd, sa, salen) < 0 || send(fd, msg, static_cast<size_t>(msglen), 0) < 0) {
    result = -errno;
  } else {
    while (wait_for(fd, POLLIN, timeout_ms)) {
      ssize_t r = recv(fd, answer, static_cast<size_t>(anslen), 0);
      if (r < 0) {
        if (errno == EAGAIN || errno == EINTR) continue;
        result = -errno;  // ECONNREFUSED: nothing listens there
        break;
      }
      if (matches(msg, msglen, answer, static_cast<int>(r))) {
        result = static_cast<int>(r);
        break;
      }
    }
  }
  close(fd);
  return result;
}

}  // namespace

int send_query(const uint8_t* msg, int msglen, uint8_t* answer, int anslen) {
  struct __res_state& st = resolver();
  int servers = st.nscount < 1 ? 1 : st.nscount > MAXNS ? MAXNS : st.nscount;
  int rounds = st.retry < 1 ? 1 : st.retry;
  int timeout_ms = (st.retrans < 1 ? 1 : st.retrans) * 1000;
  int first = 0;
  if (st.options & RES_ROTATE) {
    static constinit unsigned next_server = 0;
    first = static_cast<int>(__atomic_fetch_add(&next_server, 1, __ATOMIC_RELAXED) % servers);
  }
  int last_error = -ETIMEDOUT;
  // The header of a SERVFAIL/NOTIMP/REFUSED answer, reported if no server does better.
  uint8_t fallback[NS_HFIXEDSZ];
  bool have_fallback = false;
  for (int round = 0; round < rounds; round++) {
    for (int k = 0; k < servers; k++) {
      int i = (first + k) % servers;
      socklen_t salen;
      const struct sockaddr* sa = server_address(st, i, &salen);
      if (!sa) continue;
      int r;
      if (st.options & RES_USEVC) {
        r = send_tcp(sa, salen, msg, msglen, answer, anslen, timeout_ms);
      } else {
        r = send_udp(sa, salen, msg, msglen, answer, anslen, timeout_ms);
        if (r >= NS_HFIXEDSZ && (answer[2] & 0x02) && !(st.options & RES_IGNTC))
          r = send_tcp(sa, salen, msg, msglen, answer, anslen, timeout_ms);
      }
      if (r < 0) {
        last_error = r;
        continue;
      }
      if (r < NS_HFIXEDSZ) continue;
      unsigned rcode = answer[3] & 0x0f;
      if (rcode == ns_r_servfail || rcode == ns_r_notimpl || rcode == ns_r_refused) {
        memcpy(fallback, answer, NS_HFIXEDSZ);
        have_fallback = true;
        continue;
      }
      return r;
    }
  }
  if (have_fallback) {
    // Later exchanges may have overwritten the buffer: report the header alone, sections empty.
    memcpy(answer, fallback, NS_HFIXEDSZ);
    memset(answer + 4, 0, 8);
    return NS_HFIXEDSZ;
  }
  return last_error;
}

}  // namespace pure::net

extern "C" int res_send(const unsigned char* msg, int msglen, unsigned char* answer, int anslen) {
  if (msglen < NS_HFIXEDSZ || anslen < NS_HFIXEDSZ) {
    errno = EINVAL;
    return -1;
  }
  int r = pure::net::send_query(msg, msglen, answer, anslen);
  if (r < 0) {
    errno = -r;
    return -1;
  }
  return r;
}
