// posix_spawn and posix_spawnp. The child is a clone(CLONE_VM|CLONE_VFORK) running on
// its own small stack: it shares the parent's memory until it execs, so it may use
// only raw system calls and its own stack (no malloc, no locks, no errno). A failure in
// the child travels back as an int through a close-on-exec pipe: reading EOF means
// the exec succeeded.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/mman.h>

#include <linux/sched.h>
#include <linux/wait.h>

#include "signal/sigbits.h"
#include "spawn/actions.h"
#include "support/syscall.h"

extern "C" char** __environ;
extern "C" long __pure_clone(int (*fn)(void*), void* stack, unsigned long flags, void* arg, int* parent_tid,
                             void* tls, int* child_tid);

namespace pure {
namespace {

constexpr size_t kChildStack = 64 * 1024;  // room for a PATH_MAX buffer and the actions' locals

struct SpawnJob {
  const char* path;
  bool search;  // posix_spawnp: look `path` up in PATH
  const SpawnAction* actions;
  int action_count;
  const posix_spawnattr_t* attr;
  char* const* argv;
  char* const* envp;
  const char* path_env;  // PATH, read by the parent (getenv is fine there)
  unsigned long parent_mask;
  int pipe_fd;  // write end, close-on-exec
};

// The kernel's struct sigaction, as sigaction.cpp also describes it.
struct KernelSigaction {
  void (*handler)(int);
  unsigned long flags;
  void (*restorer)(void);
  unsigned long mask;
};

bool in_set(const sigset_t& set, int sig) {
  unsigned bit = static_cast<unsigned>(sig - 1);
  return (set.__bits[bit / (8 * sizeof(long))] >> (bit % (8 * sizeof(long)))) & 1;
}

// Tries each PATH element; the error follows execvp's rules.
long exec_search(const SpawnJob& job) {
  const char* file = job.path;
  if (!*file) return -ENOENT;
  if (strchr(file, '/')) return syscall(__NR_execve, file, job.argv, job.envp);
  size_t flen = strlen(file);
  if (flen > NAME_MAX) return -ENAMETOOLONG;
  const char* path = job.path_env ? job.path_env : "/bin:/usr/bin";
  bool saw_eacces = false;
  for (const char* p = path;;) {
    const char* end = strchr(p, ':');
    if (!end) end = p + strlen(p);
    size_t dlen = static_cast<size_t>(end - p);
    char buf[PATH_MAX];
    if (dlen + 1 + flen < sizeof buf) {
      size_t n = 0;
      if (dlen) {  // an empty element is the current directory
        memcpy(buf, p, dlen);
        n = dlen;
        buf[n++] = '/';
      }
      memcpy(buf + n, file, flen + 1);
      long r = syscall(__NR_execve, buf, job.argv, job.envp);
      switch (r) {
        case -EACCES: saw_eacces = true; break;
        case -ENOENT: case -ENOTDIR: case -ENAMETOOLONG: case -ELOOP: case -ESTALE: case -ENODEV:
        case -ETIMEDOUT: break;
        default: return r;
      }
    }
    if (!*end) break;
    p = end + 1;
  }
  return saw_eacces ? -EACCES : -ENOENT;
}

long run_action(const SpawnAction& a) {
  switch (a.op) {
    case SpawnOp::kOpen: {
      long fd = syscall(__NR_openat, AT_FDCWD, a.path, a.arg, a.mode);
      if (fd < 0) return fd;
      if (fd == a.fd) return 0;
      long r = syscall(__NR_dup3, fd, a.fd, 0);
      syscall(__NR_close, fd);
      return r < 0 ? r : 0;
    }
    case SpawnOp::kClose: {
      long r = syscall(__NR_close, a.fd);
      return r == -EBADF ? 0 : r;  // closing what is not open is no error (POSIX 2024)
    }
    case SpawnOp::kDup2:
      if (a.fd == a.arg) {  // the descriptor stays, but must survive the exec
        long flags = syscall(__NR_fcntl, a.fd, F_GETFD);
        if (flags < 0) return flags;
        return syscall(__NR_fcntl, a.fd, F_SETFD, flags & ~FD_CLOEXEC);
      }
      return syscall(__NR_dup3, a.fd, a.arg, 0);
    case SpawnOp::kChdir: return syscall(__NR_chdir, a.path);
    case SpawnOp::kFchdir: return syscall(__NR_fchdir, a.fd);
  }
  return -EINVAL;
}

long prepare_child(SpawnJob& job) {
  short flags = job.attr ? job.attr->__flags : 0;
  // Handlers live in the parent's memory, which the new image will not have: reset them
  // (and, with SETSIGDEF, the requested ignored ones) before unblocking anything.
  for (int sig = 1; sig < _NSIG; sig++) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    KernelSigaction old;
    if (syscall(__NR_rt_sigaction, sig, nullptr, &old, kKernelSigsetBytes) != 0) continue;
    bool handled = old.handler != SIG_DFL && old.handler != SIG_IGN;
    bool wanted = (flags & POSIX_SPAWN_SETSIGDEF) && in_set(job.attr->__sigdefault, sig);
    if (handled || wanted) {
      KernelSigaction dfl = {SIG_DFL, 0, nullptr, 0};
      syscall(__NR_rt_sigaction, sig, &dfl, nullptr, kKernelSigsetBytes);
    }
  }
  long r;
  if (flags & POSIX_SPAWN_SETSID) {
    if ((r = syscall(__NR_setsid)) < 0) return r;
  }
  if (flags & POSIX_SPAWN_SETPGROUP) {
    if ((r = syscall(__NR_setpgid, 0, job.attr->__pgroup)) < 0) return r;
  }
  if (flags & POSIX_SPAWN_SETSCHEDULER) {
    if ((r = syscall(__NR_sched_setscheduler, 0, job.attr->__policy, &job.attr->__param)) < 0) return r;
  } else if (flags & POSIX_SPAWN_SETSCHEDPARAM) {
    if ((r = syscall(__NR_sched_setparam, 0, &job.attr->__param)) < 0) return r;
  }
  if (flags & POSIX_SPAWN_RESETIDS) {
    if ((r = syscall(__NR_setgid, syscall(__NR_getgid))) < 0) return r;
    if ((r = syscall(__NR_setuid, syscall(__NR_getuid))) < 0) return r;
  }
  // Keep the error pipe clear of every descriptor the actions name.
  int highest = job.pipe_fd;
  for (int i = 0; i < job.action_count; i++) {
    const SpawnAction& a = job.actions[i];
    if (a.fd > highest) highest = a.fd;
    if (a.op == SpawnOp::kDup2 && a.arg > highest) highest = a.arg;
  }
  if (highest != job.pipe_fd) {
    long moved = syscall(__NR_fcntl, job.pipe_fd, F_DUPFD_CLOEXEC, highest + 1);
    if (moved < 0) return moved;
    syscall(__NR_close, job.pipe_fd);
    job.pipe_fd = static_cast<int>(moved);
  }
  for (int i = 0; i < job.action_count; i++) {
    if ((r = run_action(job.actions[i])) < 0) return r;
  }
  unsigned long mask = job.parent_mask;
  if (flags & POSIX_SPAWN_SETSIGMASK) mask = job.attr->__sigmask.__bits[0];
  syscall(__NR_rt_sigprocmask, SIG_SETMASK, &mask, nullptr, kKernelSigsetBytes);
  return job.search ? exec_search(job) : syscall(__NR_execve, job.path, job.argv, job.envp);
}

int child_main(void* arg) {
  SpawnJob& job = *static_cast<SpawnJob*>(arg);
  int err = static_cast<int>(-prepare_child(job));
  syscall(__NR_write, job.pipe_fd, &err, sizeof err);
  return 127;
}

int spawn(pid_t* pid, const char* path, bool search, const posix_spawn_file_actions_t* fa,
          const posix_spawnattr_t* attr, char* const argv[], char* const envp[]) {
  SpawnJob job = {};
  job.path = path;
  job.search = search;
  if (fa) {
    job.actions = static_cast<const SpawnAction*>(fa->__actions);
    job.action_count = fa->__used;
  }
  job.attr = attr;
  job.argv = argv;
  job.envp = envp;
  if (search) {
    const char* name = "PATH=";
    for (char** e = __environ; e && *e; e++)
      if (strncmp(*e, name, 5) == 0) {
        job.path_env = *e + 5;
        break;
      }
  }
  int fds[2];
  long r = syscall(__NR_pipe2, fds, O_CLOEXEC);
  if (r < 0) return static_cast<int>(-r);
  job.pipe_fd = fds[1];
  void* stack = reinterpret_cast<void*>(
      syscall(__NR_mmap, nullptr, kChildStack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0));
  if (is_error(reinterpret_cast<long>(stack))) {
    syscall(__NR_close, fds[0]);
    syscall(__NR_close, fds[1]);
    return static_cast<int>(-reinterpret_cast<long>(stack));
  }
  // No handler of the parent may run in the child while it shares our memory, and no
  // thread cancellation may strike while the child borrows this thread's identity.
  job.parent_mask = block_all_signals();
  long child = __pure_clone(child_main, static_cast<char*>(stack) + kChildStack, CLONE_VM | CLONE_VFORK | SIGCHLD,
                            &job, nullptr, nullptr, nullptr);
  restore_signals(job.parent_mask);
  syscall(__NR_munmap, stack, kChildStack);
  syscall(__NR_close, fds[1]);
  if (child < 0) {
    syscall(__NR_close, fds[0]);
    return static_cast<int>(-child);
  }
  int err = 0;
  long n;
  do n = syscall(__NR_read, fds[0], &err, sizeof err);
  while (n == -EINTR);
  syscall(__NR_close, fds[0]);
  if (n == static_cast<long>(sizeof err)) {
    // The caller never learns this pid, so the failed child is ours to reap.
    long w;
    do w = syscall(__NR_wait4, child, nullptr, 0, nullptr);
    while (w == -EINTR);
    return err;
  }
  if (pid) *pid = static_cast<pid_t>(child);
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int posix_spawn(pid_t* __restrict pid, const char* __restrict path, const posix_spawn_file_actions_t* fa,
                const posix_spawnattr_t* __restrict attr, char* const argv[], char* const envp[]) {
  return pure::spawn(pid, path, false, fa, attr, argv, envp);
}

int posix_spawnp(pid_t* __restrict pid, const char* __restrict file, const posix_spawn_file_actions_t* fa,
                 const posix_spawnattr_t* __restrict attr, char* const argv[], char* const envp[]) {
  return pure::spawn(pid, file, true, fa, attr, argv, envp);
}

}  // extern "C"

static_assert(CLONE_VM == 0x100 && CLONE_VFORK == 0x4000, "kernel ABI");
