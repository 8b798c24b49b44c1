// dprintf, vdprintf: formatted output straight to a file descriptor.
#include <errno.h>
#include <stdarg.h>

#include "support/format/printf_core.h"
#include "support/syscall.h"

namespace {

struct FdSink : pure::format::Sink<char> {
  int fd;
  char space[1024];

  static bool drain_fd(pure::format::Sink<char>& s) {
    FdSink& d = static_cast<FdSink&>(s);
    size_t n = static_cast<size_t>(s.pos - s.start);
    size_t done = 0;
    while (done < n) {  // short writes are retried
      long r = pure::syscall(__NR_write, d.fd, s.start + done, n - done);
      if (r <= 0) {
        s.error_code = r < 0 ? static_cast<int>(-r) : EIO;
        return false;
      }
      done += static_cast<size_t>(r);
    }
    s.flushed += n;
    s.pos = s.start;
    return true;
  }
};

}  // namespace

extern "C" int vdprintf(int fd, const char* __restrict fmt, va_list ap) {
  int error = errno;
  FdSink s;
  s.fd = fd;
  s.pos = s.start = s.space;
  s.end = s.space + sizeof s.space;
  s.flushed = 0;
  s.error = false;
  s.error_code = 0;
  s.drain = FdSink::drain_fd;
  int r = pure::format::vformat<char>(s, fmt, ap, error);
  if (r >= 0 && s.pos > s.start && !FdSink::drain_fd(s)) r = -1;
  if (r < 0) errno = s.error_code;
  return r;
}

extern "C" int dprintf(int fd, const char* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vdprintf(fd, fmt, ap);
  va_end(ap);
  return r;
}
