// popen and pclose: a stream connected to a shell command's standard input or output.
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <unistd.h>
#include <linux/fcntl.h>

#include "stdio/file.h"
#include "support/errno.h"
#include "support/syscall.h"

extern "C" char** __environ;

using namespace pure::stdio;

extern "C" FILE* popen(const char* command, const char* mode) {
  if (!command || !mode) return pure::fail(EINVAL, nullptr);
  bool reading = mode[0] == 'r';
  if (!reading && mode[0] != 'w') return pure::fail(EINVAL, nullptr);
  for (const char* m = mode + 1; *m; m++)
    if (*m != 'e') return pure::fail(EINVAL, nullptr);
  int fds[2];
  // Both ends close-on-exec: the child's end is moved to 0/1 (dup3 clears the flag), and
  // streams of earlier popen calls do not leak into later children (POSIX requires that).
  if (pure::to_errno(pure::syscall(__NR_pipe2, fds, O_CLOEXEC)) < 0) return nullptr;
  int parent_end = reading ? fds[0] : fds[1];
  int child_end = reading ? fds[1] : fds[0];
  int target = reading ? 1 : 0;
  FILE* f = new_file(parent_end, (reading ? kCanRead : kCanWrite) | kPopen, nullptr, nullptr);
  if (!f) {
    pure::syscall(__NR_close, fds[0]);
    pure::syscall(__NR_close, fds[1]);
    return nullptr;
  }
  pid_t pid = fork();
  if (pid == 0) {
    if (child_end == target) pure::syscall(__NR_fcntl, child_end, F_SETFD, 0);
    else pure::syscall(__NR_dup3, child_end, target, 0);
    const char* argv[] = {"sh", "-c", command, nullptr};
    pure::syscall(__NR_execve, "/bin/sh", argv, __environ);
    pure::syscall(__NR_exit_group, 127);
  }
  int saved = errno;
  pure::syscall(__NR_close, child_end);
  if (pid < 0) {
    unlink_file(f);
    pure::syscall(__NR_close, parent_end);
    free_file(f);
    errno = saved;
    return nullptr;
  }
  f->cookie = reinterpret_cast<void*>(static_cast<intptr_t>(pid));
  return f;
}

extern "C" int pclose(FILE* f) {
  if (!(f->flags & kPopen)) return pure::fail(ECHILD, -1);
  pid_t pid = static_cast<pid_t>(reinterpret_cast<intptr_t>(f->cookie));
  fclose(f);
  int status = 0;
  long r;
  do {
    r = pure::syscall(__NR_wait4, pid, &status, 0, nullptr);
  } while (r == -EINTR);
  if (pure::to_errno(r) < 0) return -1;
  return status;
}

extern "C" char* ctermid(char* s) {
  static constexpr char kTty[] = "/dev/tty";
  static char name[L_ctermid];
  char* out = s ? s : name;
  __builtin_memcpy(out, kTty, sizeof kTty);
  return out;
}
