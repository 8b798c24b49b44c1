// strsignal, psignal, psiginfo: signal descriptions.
#include <signal.h>
#include <string.h>

#include "support/syscall.h"

namespace {

constexpr const char* kNames[] = {
    "Unknown signal 0",
    "Hangup",
    "Interrupt",
    "Quit",
    "Illegal instruction",
    "Trace/breakpoint trap",
    "Aborted",
    "Bus error",
    "Floating point exception",
    "Killed",
    "User defined signal 1",
    "Segmentation fault",
    "User defined signal 2",
    "Broken pipe",
    "Alarm clock",
    "Terminated",
    "Stack fault",
    "Child exited",
    "Continued",
    "Stopped (signal)",
    "Stopped",
    "Stopped (tty input)",
    "Stopped (tty output)",
    "Urgent I/O condition",
    "CPU time limit exceeded",
    "File size limit exceeded",
    "Virtual timer expired",
    "Profiling timer expired",
    "Window changed",
    "I/O possible",
    "Power failure",
    "Bad system call",
};

// "Real-time signal N" / "Unknown signal N" for numbers without a name.
constinit thread_local char buffer[32];

char* numbered(const char* prefix, int n) {
  size_t len = 0;
  while (prefix[len]) {
    buffer[len] = prefix[len];
    len++;
  }
  unsigned v = n < 0 ? 0U - static_cast<unsigned>(n) : static_cast<unsigned>(n);
  if (n < 0) buffer[len++] = '-';
  char digits[12];
  int d = 0;
  do {
    digits[d++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (d) buffer[len++] = digits[--d];
  buffer[len] = 0;
  return buffer;
}

void write_line(const char* message, const char* text) {
  // One write, so concurrent messages do not interleave mid-line.
  char line[256];
  size_t n = 0;
  auto put = [&](const char* s) {
    while (*s && n < sizeof line - 1) line[n++] = *s++;
  };
  if (message && *message) {
    put(message);
    put(": ");
  }
  put(text);
  line[n++] = '\n';
  pure::syscall(__NR_write, 2, line, n);
}

}  // namespace

extern "C" {

char* strsignal(int sig) {
  if (sig >= 0 && sig < static_cast<int>(sizeof kNames / sizeof kNames[0]) && sig != 0)
    return const_cast<char*>(kNames[sig]);
  if (sig >= SIGRTMIN && sig <= SIGRTMAX) return numbered("Real-time signal ", sig - SIGRTMIN);
  return numbered("Unknown signal ", sig);
}

void psignal(int sig, const char* message) { write_line(message, strsignal(sig)); }

void psiginfo(const siginfo_t* info, const char* message) { write_line(message, strsignal(info->si_signo)); }

}  // extern "C"
