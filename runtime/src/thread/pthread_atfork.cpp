// pthread_atfork, and the fork hooks the process area calls around its clone: the
// program's handlers, then the libc's own locks (stdio, malloc) so the child never
// inherits one held by a thread that does not exist there.
#include <errno.h>
#include <pthread.h>

#include "support/lock.h"
#include "thread/thread.h"

namespace pure {

// Defined by stdio and malloc when they are linked in.
void stdio_fork_prepare() __attribute__((weak));
void stdio_fork_parent() __attribute__((weak));
void stdio_fork_child() __attribute__((weak));
void malloc_fork_prepare() __attribute__((weak));
void malloc_fork_parent() __attribute__((weak));
void malloc_fork_child() __attribute__((weak));
void robust_fork_child() __attribute__((weak));

namespace {

struct Handlers {
  void (*prepare)(void);
  void (*parent)(void);
  void (*child)(void);
};

constexpr int kMaxHandlers = 128;
constinit Lock atfork_lock;
constinit Handlers handlers[kMaxHandlers] = {};
constinit int handler_count = 0;

}  // namespace

// POSIX order: prepare handlers newest first; parent and child handlers oldest first.
void fork_prepare_hook() {
  atfork_lock.lock();  // held across fork: no registration may slip in between
  for (int i = handler_count; i-- > 0;)
    if (handlers[i].prepare) handlers[i].prepare();
  if (stdio_fork_prepare) stdio_fork_prepare();
  if (malloc_fork_prepare) malloc_fork_prepare();
}

void fork_parent_hook() {
  if (malloc_fork_parent) malloc_fork_parent();
  if (stdio_fork_parent) stdio_fork_parent();
  for (int i = 0; i < handler_count; i++)
    if (handlers[i].parent) handlers[i].parent();
  atfork_lock.unlock();
}

void fork_child_hook() {
  if (malloc_fork_child) malloc_fork_child();
  if (stdio_fork_child) stdio_fork_child();
  live_threads = 1;
  thread_list_fork_child();
  if (robust_fork_child) robust_fork_child();
  atfork_lock.reset();
  for (int i = 0; i < handler_count; i++)
    if (handlers[i].child) handlers[i].child();
}

}  // namespace pure

extern "C" int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void)) {
  using namespace pure;
  LockGuard guard(atfork_lock);
  if (handler_count == kMaxHandlers) return ENOMEM;
  handlers[handler_count++] = {prepare, parent, child};
  return 0;
}
