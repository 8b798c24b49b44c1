// The exec family: execve, fexecve, execv, execvp, execvpe, execl, execle, execlp.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "misc/proc_fd.h"
#include "support/errno.h"

extern "C" char** __environ;

namespace pure {
namespace {

// A file the kernel cannot execute (ENOEXEC) is a shell script without "#!": POSIX says
// to run it with the shell, as argv[0] = "sh", then the path, then the original arguments.
long exec_as_script(const char* path, char* const argv[], char* const envp[]) {
  size_t argc = 0;
  while (argv[argc]) argc++;
  char** args = static_cast<char**>(__builtin_alloca((argc + 3) * sizeof(char*)));
  args[0] = const_cast<char*>("sh");
  args[1] = const_cast<char*>(path);
  for (size_t i = 1; i <= argc; i++) args[i + 1] = argv[i];
  if (argc == 0) args[2] = nullptr;
  return syscall(__NR_execve, "/bin/sh", args, envp);
}

long execvpe(const char* file, char* const argv[], char* const envp[]) {
  if (!file || !*file) return -ENOENT;
  if (strchr(file, '/')) {
    long r = syscall(__NR_execve, file, argv, envp);
    if (r == -ENOEXEC) r = exec_as_script(file, argv, envp);
    return r;
  }
  size_t flen = strlen(file);
  if (flen > NAME_MAX) return -ENAMETOOLONG;
  const char* path = getenv("PATH");
  if (!path) path = "/bin:/usr/bin";
  bool saw_eacces = false;
  for (const char* p = path;;) {
    const char* end = strchr(p, ':');
    if (!end) end = p + strlen(p);
    size_t dlen = static_cast<size_t>(end - p);
    char buf[PATH_MAX];
    if (dlen + 1 + flen < sizeof buf) {
      // An empty element means the current directory.
      size_t n = 0;
      if (dlen) {
        memcpy(buf, p, dlen);
        n = dlen;
        buf[n++] = '/';
      }
      memcpy(buf + n, file, flen + 1);
      long r = syscall(__NR_execve, buf, argv, envp);
      if (r == -ENOEXEC) r = exec_as_script(buf, argv, envp);
      switch (r) {
        case -EACCES: saw_eacces = true; break;
        case -ENOENT: case -ENOTDIR: case -ENAMETOOLONG: case -ELOOP: case -ESTALE: case -ENODEV:
        case -ETIMEDOUT: break;
        default: return r;  // found but failed for a reason searching further will not fix
      }
    }
    if (!*end) break;
    p = end + 1;
  }
  return saw_eacces ? -EACCES : -ENOENT;
}

}  // namespace
}  // namespace pure

extern "C" {

int execve(const char* path, char* const argv[], char* const envp[]) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_execve, path, argv, envp)));
}

int execv(const char* path, char* const argv[]) { return execve(path, argv, __environ); }

int execvpe(const char* file, char* const argv[], char* const envp[]) {
  return static_cast<int>(pure::to_errno(pure::execvpe(file, argv, envp)));
}

int execvp(const char* file, char* const argv[]) { return execvpe(file, argv, __environ); }

int fexecve(int fd, char* const argv[], char* const envp[]) {
  long r = pure::syscall(__NR_execveat, fd, "", argv, envp, AT_EMPTY_PATH);
  if (r == -ENOSYS) {
    pure::ProcFdPath p = pure::proc_fd_path(fd);
    r = pure::syscall(__NR_execve, p.text, argv, envp);
    if (r == -ENOENT) r = -EBADF;  // no such descriptor (or no /proc to name it)
  }
  return static_cast<int>(pure::to_errno(r));
}

}  // extern "C"

// The list forms gather their arguments into an array on the stack.
// A null arg0 gives an empty argument list (and execle's environment follows it directly).
#define PURE_GATHER_ARGS(arg0, ap, args, extra)                                     \
  size_t count = 0;                                                                 \
  va_start(ap, arg0);                                                               \
  if (arg0)                                                                         \
    for (count = 1; va_arg(ap, const char*);) count++;                              \
  va_end(ap);                                                                       \
  char** args = static_cast<char**>(__builtin_alloca((count + 1) * sizeof(char*))); \
  args[0] = const_cast<char*>(arg0);                                                \
  va_start(ap, arg0);                                                               \
  for (size_t i = 1; i <= count; i++) args[i] = va_arg(ap, char*);                  \
  extra;                                                                            \
  va_end(ap)

extern "C" {

int execl(const char* path, const char* arg0, ...) {
  va_list ap;
  PURE_GATHER_ARGS(arg0, ap, args, (void)0);
  return execve(path, args, __environ);
}

int execlp(const char* file, const char* arg0, ...) {
  va_list ap;
  PURE_GATHER_ARGS(arg0, ap, args, (void)0);
  return execvpe(file, args, __environ);
}

// execle: the environment pointer follows the terminating null argument.
int execle(const char* path, const char* arg0, ...) {
  va_list ap;
  char** envp;
  PURE_GATHER_ARGS(arg0, ap, args, envp = va_arg(ap, char**));
  return execve(path, args, envp);
}

}  // extern "C"
