// openlog, syslog, vsyslog, closelog, setlogmask: messages in the traditional BSD format
// "<PRI>Mmm dd hh:mm:ss TAG[PID]: text" to the local logger's socket, a datagram socket
// (a stream socket, each message ending in a NUL, when the logger listens that way).
// When the logger cannot be reached, LOG_CONS sends the message to the console;
// LOG_PERROR copies "TAG[PID]: text" to standard error.
#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "support/lock.h"
#include "support/syscall.h"

namespace pure {

// The logger's socket. Only the tests point it elsewhere; there is no public way to.
constinit const char* syslog_path = _PATH_LOG;

namespace {

constinit Lock log_lock;
constinit const char* ident = nullptr;
constinit int options = 0;
constinit int facility = LOG_USER;
constinit int mask = 0xff;
constinit int log_fd = -1;
constinit int log_type = 0;  // SOCK_DGRAM or SOCK_STREAM once connected

void disconnect() {
  if (log_fd >= 0) syscall(__NR_close, log_fd);
  log_fd = -1;
}

bool connect_logger() {
  if (log_fd >= 0) return true;
  struct sockaddr_un addr = {};
  addr.sun_family = AF_UNIX;
  size_t n = strlen(syslog_path);
  if (n >= sizeof addr.sun_path) return false;
  memcpy(addr.sun_path, syslog_path, n);
  constexpr int kTypes[] = {SOCK_DGRAM, SOCK_STREAM};
  for (int type : kTypes) {
    long fd = syscall(__NR_socket, AF_UNIX, type | SOCK_CLOEXEC, 0);
    if (is_error(fd)) return false;
    if (syscall(__NR_connect, fd, &addr, sizeof addr) == 0) {
      log_fd = static_cast<int>(fd);
      log_type = type;
      return true;
    }
    syscall(__NR_close, fd);  // EPROTOTYPE: the logger listens on the other kind
  }
  return false;
}

bool send_all(const char* msg, size_t len) {
  while (len) {
    long r = syscall(__NR_sendto, log_fd, msg, len, MSG_NOSIGNAL, nullptr, 0);
    if (r == -EINTR) continue;
    if (is_error(r)) return false;
    if (log_type == SOCK_DGRAM) return true;
    msg += r;
    len -= static_cast<size_t>(r);
  }
  return true;
}

// A stream carries the terminating NUL as the record separator; a datagram is a record.
bool send_to_logger(const char* msg, size_t len) {
  for (int attempt = 0; attempt < 2; attempt++) {
    if (!connect_logger()) return false;
    if (send_all(msg, log_type == SOCK_STREAM ? len + 1 : len)) return true;
    disconnect();  // the logger restarted: reconnect once
  }
  return false;
}

void write_fd(int fd, const char* a, size_t alen, const char* b, size_t blen) {
  struct iovec iov[2] = {{const_cast<char*>(a), alen}, {const_cast<char*>(b), blen}};
  syscall(__NR_writev, fd, iov, 2);
}

void open_locked(const char* id, int opt, int fac) {
  ident = id;
  options = opt;
  if (fac && !(fac & ~LOG_FACMASK)) facility = fac;
  if (opt & LOG_NDELAY) connect_logger();
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

void openlog(const char* id, int opt, int fac) {
  LockGuard guard(log_lock);
  open_locked(id, opt, fac);
}

void closelog(void) {
  LockGuard guard(log_lock);
  disconnect();
  ident = nullptr;
  options = 0;
  facility = LOG_USER;
}

int setlogmask(int new_mask) {
  LockGuard guard(log_lock);
  int old = mask;
  if (new_mask) mask = new_mask;
  return old;
}

void vsyslog(int priority, const char* format, va_list ap) {
  int saved = errno;  // for %m
  if (priority & ~(LOG_PRIMASK | LOG_FACMASK)) priority &= LOG_PRIMASK | LOG_FACMASK;
  LockGuard guard(log_lock);
  if (!(mask & LOG_MASK(LOG_PRI(priority)))) return;
  if (!(priority & LOG_FACMASK)) priority |= facility;

  const char* tag = ident ? ident : program_invocation_short_name ? program_invocation_short_name : "";
  time_t now = time(nullptr);
  struct tm tm;
  char stamp[32] = "";
  if (localtime_r(&now, &tm)) strftime(stamp, sizeof stamp, "%b %e %T", &tm);
  char head[512];
  int body_at = snprintf(head, sizeof head, "<%d>%s ", priority, stamp);  // "TAG[PID]: " starts here
  int head_len = body_at;
  char pid[16] = "";
  if (options & LOG_PID) snprintf(pid, sizeof pid, "[%d]", getpid());
  head_len += snprintf(head + head_len, sizeof head - static_cast<size_t>(head_len), "%.200s%s: ", tag, pid);

  char small[1024];
  char* text = small;
  va_list copy;
  va_copy(copy, ap);
  errno = saved;
  int n = vsnprintf(small, sizeof small, format, copy);
  va_end(copy);
  if (n < 0) return;
  size_t len = static_cast<size_t>(n);
  if (len >= sizeof small && (text = static_cast<char*>(malloc(len + 1)))) {
    errno = saved;
    vsnprintf(text, len + 1, format, ap);
  } else if (len >= sizeof small) {
    text = small;  // out of memory: send what fits
    len = sizeof small - 1;
  }
  while (len && text[len - 1] == '\n') len--;

  size_t total = static_cast<size_t>(head_len) + len;
  char* msg = static_cast<char*>(malloc(total + 2));  // room for "\n" or the stream's NUL
  if (msg) {
    memcpy(msg, head, static_cast<size_t>(head_len));
    memcpy(msg + head_len, text, len);
    msg[total] = 0;
    if (options & LOG_PERROR) {
      msg[total] = '\n';
      syscall(__NR_write, 2, msg + body_at, total + 1 - static_cast<size_t>(body_at));
      msg[total] = 0;
    }
    if (!send_to_logger(msg, total) && (options & LOG_CONS)) {
      long fd = syscall(__NR_openat, AT_FDCWD, "/dev/console", O_WRONLY | O_NOCTTY | O_CLOEXEC, 0);
      if (!is_error(fd)) {
        write_fd(static_cast<int>(fd), msg + body_at, total - static_cast<size_t>(body_at), "\r\n", 2);
        syscall(__NR_close, fd);
      }
    }
    free(msg);
  }
  if (text != small) free(text);
  errno = saved;
}

void syslog(int priority, const char* format, ...) {
  va_list ap;
  va_start(ap, format);
  vsyslog(priority, format, ap);
  va_end(ap);
}

}  // extern "C"
