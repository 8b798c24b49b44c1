// fork (and vfork, which POSIX lets behave as fork).
#include <signal.h>
#include <unistd.h>

#include "support/errno.h"
#include "thread/thread.h"

namespace pure {

// Hooks for the areas that keep process-wide state: the threads area runs the
// pthread_atfork handlers and takes its locks in prepare, releases them in parent, and
// resets them in child (only the forking thread survives there). Absent: nothing to do.
void fork_prepare_hook() __attribute__((weak));
void fork_parent_hook() __attribute__((weak));
void fork_child_hook() __attribute__((weak));

}  // namespace pure

extern "C" {

pid_t fork(void) {
  if (pure::fork_prepare_hook) pure::fork_prepare_hook();
  // clone with only the exit signal is fork on every architecture (aarch64 has no fork call).
  long r = pure::syscall(__NR_clone, SIGCHLD, 0, 0, 0, 0);
  if (r == 0) {
    // The child is a new thread of its own: its descriptor must carry the new tid.
    pure::current_thread()->tid = static_cast<int>(pure::syscall(__NR_gettid));
    if (pure::fork_child_hook) pure::fork_child_hook();
  } else if (pure::fork_parent_hook) {
    pure::fork_parent_hook();
  }
  return static_cast<pid_t>(pure::to_errno(r));
}

// A vfork child may only call _exit or exec, which fork satisfies too; a real vfork would
// need the child to share this stack frame, which C++ code cannot safely return through.
pid_t vfork(void) { return fork(); }

}  // extern "C"
