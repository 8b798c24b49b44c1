// syslog.h: the message format received on a logger socket the test binds (the libc's
// internal socket path is pointed at it; programs have no such hook), LOG_PERROR through
// a pipe on stderr, %m, setlogmask, facilities, and a stream-socket logger.
#include <errno.h>
#include <linux/un.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <syslog.h>
#include <unistd.h>

#include "../check.h"

namespace pure {
extern const char* syslog_path;
}

// The sockets API is not needed by the libc's public headers here: raw calls.
static const int kAfUnix = 1, kSockStream = 1, kSockDgram = 2;

static int bound_socket(int type, const char* path) {
  int fd = (int)syscall(SYS_socket, kAfUnix, type, 0);
  struct sockaddr_un a;
  memset(&a, 0, sizeof a);
  a.sun_family = kAfUnix;
  strcpy(a.sun_path, path);
  unlink(path);
  if (fd < 0 || syscall(SYS_bind, fd, &a, sizeof a) != 0) return -1;
  return fd;
}

// One message from fd within a second, NUL-terminated; its length or -1.
static long receive(int fd, char* buf, size_t n) {
  struct pollfd p = {fd, POLLIN, 0};
  if (poll(&p, 1, 1000) != 1) return -1;
  long r = read(fd, buf, n - 1);
  if (r >= 0) buf[r] = 0;
  return r;
}

static bool is_digit_or_space(char c) { return c == ' ' || (c >= '0' && c <= '9'); }

// "<PRI>Mmm dd hh:mm:ss rest": checks the header shape and returns rest.
static const char* after_header(const char* msg, const char* pri) {
  size_t n = strlen(pri);
  if (strncmp(msg, pri, n) != 0) return nullptr;
  const char* t = msg + n;  // "Nov  4 09:05:01 "
  static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  bool month = false;
  for (const char* m : months) month |= strncmp(t, m, 3) == 0;
  if (!month || t[3] != ' ' || !is_digit_or_space(t[4]) || t[5] < '0' || t[5] > '9' || t[6] != ' ' ||
      t[9] != ':' || t[12] != ':' || t[15] != ' ')
    return nullptr;
  return t + 16;
}

int main() {
  char dir[] = "/tmp/pure-syslog-XXXXXX";
  CHECK(mkdtemp(dir) != nullptr);
  char dgram_path[64], stream_path[64];
  snprintf(dgram_path, sizeof dgram_path, "%s/log", dir);
  snprintf(stream_path, sizeof stream_path, "%s/stream", dir);
  int logger = bound_socket(kSockDgram, dgram_path);
  CHECK(logger >= 0);
  pure::syslog_path = dgram_path;

  int err_pipe[2];
  CHECK_INT(pipe(err_pipe), 0);
  int saved_stderr = dup(2);
  dup2(err_pipe[1], 2);

  char buf[2048], want[256];
  int pid = (int)getpid();

  openlog("tagged", LOG_PID | LOG_PERROR, LOG_LOCAL0);
  syslog(LOG_ERR, "hello %d", 5);
  CHECK(receive(logger, buf, sizeof buf) > 0);
  const char* rest = after_header(buf, "<131>");  // LOG_LOCAL0 (16 << 3) | LOG_ERR (3)
  CHECK(rest != nullptr);
  snprintf(want, sizeof want, "tagged[%d]: hello 5", pid);
  if (rest) CHECK_STR(rest, want);
  CHECK(receive(err_pipe[0], buf, sizeof buf) > 0);
  snprintf(want, sizeof want, "tagged[%d]: hello 5\n", pid);
  CHECK_STR(buf, want);

  // %m is strerror(errno) at the call; a facility in the priority wins over openlog's.
  errno = ENOENT;
  syslog(LOG_DAEMON | LOG_WARNING, "open: %m (%s)", "x");
  CHECK(receive(logger, buf, sizeof buf) > 0);
  rest = after_header(buf, "<28>");
  snprintf(want, sizeof want, "tagged[%d]: open: %s (x)", pid, strerror(ENOENT));
  CHECK(rest != nullptr);
  if (rest) CHECK_STR(rest, want);
  receive(err_pipe[0], buf, sizeof buf);
  errno = EBADF;
  syslog(LOG_INFO, "keep");
  CHECK_INT(errno, EBADF);  // syslog leaves errno alone
  receive(logger, buf, sizeof buf);
  receive(err_pipe[0], buf, sizeof buf);

  // setlogmask: the old mask back; 0 leaves it unchanged; masked priorities are dropped.
  CHECK_INT(setlogmask(LOG_MASK(LOG_ERR) | LOG_MASK(LOG_CRIT)), 0xff);
  CHECK_INT(setlogmask(0), LOG_MASK(LOG_ERR) | LOG_MASK(LOG_CRIT));
  syslog(LOG_INFO, "dropped");
  syslog(LOG_CRIT, "kept");
  CHECK(receive(logger, buf, sizeof buf) > 0);
  rest = after_header(buf, "<130>");
  CHECK(rest && strstr(rest, ": kept"));
  CHECK_INT(receive(logger, buf, sizeof buf), -1);  // nothing else came
  receive(err_pipe[0], buf, sizeof buf);
  CHECK_INT(setlogmask(LOG_UPTO(LOG_NOTICE)), LOG_MASK(LOG_ERR) | LOG_MASK(LOG_CRIT));
  syslog(LOG_DEBUG, "dropped");
  syslog(LOG_NOTICE, "notice");
  CHECK(receive(logger, buf, sizeof buf) > 0);
  CHECK(strstr(buf, ": notice") != nullptr);
  CHECK_INT(receive(logger, buf, sizeof buf), -1);
  receive(err_pipe[0], buf, sizeof buf);
  setlogmask(0xff);

  // closelog forgets the options: no LOG_PERROR, no pid; the tag is the program's name;
  // a trailing newline is not sent.
  closelog();
  syslog(LOG_USER | LOG_NOTICE, "plain\n");
  CHECK(receive(logger, buf, sizeof buf) > 0);
  rest = after_header(buf, "<13>");
  snprintf(want, sizeof want, "%s: plain", program_invocation_short_name);
  CHECK(rest != nullptr);
  if (rest) CHECK_STR(rest, want);
  CHECK_INT(receive(err_pipe[0], buf, sizeof buf), -1);

  // A long message is sent whole.
  char big[1500];
  memset(big, 'y', sizeof big - 1);
  big[sizeof big - 1] = 0;
  syslog(LOG_ERR, "%s", big);
  long n = receive(logger, buf, sizeof buf);
  CHECK(n > 1499 && strstr(buf, big) != nullptr);

  // A logger listening on a stream socket: messages end in a NUL.
  int listener = bound_socket(kSockStream, stream_path);
  CHECK(listener >= 0 && syscall(SYS_listen, listener, 4) == 0);
  closelog();
  pure::syslog_path = stream_path;
  openlog("st", LOG_NDELAY, 0);
  int conn = (int)syscall(SYS_accept4, listener, nullptr, nullptr, 0);
  CHECK(conn >= 0);
  syslog(LOG_ALERT, "over a stream");
  n = receive(conn, buf, sizeof buf);
  CHECK(n > 0 && buf[n - 1] == 0);
  rest = after_header(buf, "<9>");  // LOG_USER (8) | LOG_ALERT (1): openlog's 0 is LOG_USER
  CHECK(rest != nullptr);
  if (rest) CHECK_STR(rest, "st: over a stream");
  closelog();

  // No logger at all: nothing is sent, nothing breaks.
  pure::syslog_path = "/nonexistent/log";
  openlog("none", LOG_PERROR, LOG_USER);
  syslog(LOG_ERR, "nowhere");
  CHECK(receive(err_pipe[0], buf, sizeof buf) > 0);
  CHECK_STR(buf, "none: nowhere\n");
  closelog();

  dup2(saved_stderr, 2);
  close(conn);
  close(listener);
  close(logger);
  unlink(dgram_path);
  unlink(stream_path);
  rmdir(dir);
  return check_done();
}
