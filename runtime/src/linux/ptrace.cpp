// ptrace(request, pid, addr, data), with the C library's convention for the PEEK
// requests: the kernel stores the word at *data, the function returns it.
#include <errno.h>
#include <stdarg.h>
#include <sys/ptrace.h>
#include <sys/types.h>

#include "support/errno.h"

extern "C" long ptrace(int request, ...) {
  va_list ap;
  va_start(ap, request);
  pid_t pid = va_arg(ap, pid_t);
  void* addr = va_arg(ap, void*);
  void* data = va_arg(ap, void*);
  va_end(ap);
  bool peek = request == PTRACE_PEEKTEXT || request == PTRACE_PEEKDATA || request == PTRACE_PEEKUSR;
  long word;
  if (peek) data = &word;
  long r = pure::syscall(__NR_ptrace, request, pid, addr, data);
  if (pure::is_error(r) || !peek) return pure::to_errno(r);
  errno = 0;  // the word may be -1: callers tell success by errno
  return word;
}
