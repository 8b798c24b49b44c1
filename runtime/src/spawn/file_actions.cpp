// posix_spawn_file_actions_*: a growing array of actions the child replays in order.
#include <errno.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>

#include <sys/resource.h>

#include "spawn/actions.h"
#include "support/syscall.h"

namespace pure {
namespace {

// POSIX: a descriptor that could never be open in the child is EBADF at add time.
bool bad_fd(int fd) {
  if (fd < 0) return true;
  struct KernelRlimit {
    unsigned long long cur, max;
  } lim;
  if (syscall(__NR_prlimit64, 0, RLIMIT_NOFILE, nullptr, &lim) != 0) return false;
  return static_cast<unsigned long long>(fd) >= lim.cur;
}

// Appends an action; takes ownership of `path` (freed on failure too).
int add(posix_spawn_file_actions_t* fa, const SpawnAction& a) {
  if (fa->__used == fa->__allocated) {
    int n = fa->__allocated ? fa->__allocated * 2 : 4;
    void* grown = realloc(fa->__actions, static_cast<size_t>(n) * sizeof(SpawnAction));
    if (!grown) {
      free(a.path);
      return ENOMEM;
    }
    fa->__actions = grown;
    fa->__allocated = n;
  }
  static_cast<SpawnAction*>(fa->__actions)[fa->__used++] = a;
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int posix_spawn_file_actions_init(posix_spawn_file_actions_t* fa) {
  *fa = posix_spawn_file_actions_t{};
  return 0;
}

int posix_spawn_file_actions_destroy(posix_spawn_file_actions_t* fa) {
  auto* a = static_cast<pure::SpawnAction*>(fa->__actions);
  for (int i = 0; i < fa->__used; i++) free(a[i].path);
  free(a);
  *fa = posix_spawn_file_actions_t{};
  return 0;
}

int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t* __restrict fa, int fd,
                                     const char* __restrict path, int oflag, mode_t mode) {
  if (pure::bad_fd(fd)) return EBADF;
  char* copy = strdup(path);
  if (!copy) return ENOMEM;
  return pure::add(fa, {pure::SpawnOp::kOpen, fd, oflag, mode, copy});
}

int posix_spawn_file_actions_addclose(posix_spawn_file_actions_t* fa, int fd) {
  if (pure::bad_fd(fd)) return EBADF;
  return pure::add(fa, {pure::SpawnOp::kClose, fd, 0, 0, nullptr});
}

int posix_spawn_file_actions_adddup2(posix_spawn_file_actions_t* fa, int fd, int newfd) {
  if (pure::bad_fd(fd) || pure::bad_fd(newfd)) return EBADF;
  return pure::add(fa, {pure::SpawnOp::kDup2, fd, newfd, 0, nullptr});
}

int posix_spawn_file_actions_addchdir(posix_spawn_file_actions_t* __restrict fa, const char* __restrict path) {
  char* copy = strdup(path);
  if (!copy) return ENOMEM;
  return pure::add(fa, {pure::SpawnOp::kChdir, -1, 0, 0, copy});
}

int posix_spawn_file_actions_addfchdir(posix_spawn_file_actions_t* fa, int fd) {
  if (pure::bad_fd(fd)) return EBADF;
  return pure::add(fa, {pure::SpawnOp::kFchdir, fd, 0, 0, nullptr});
}

int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t* __restrict fa, const char* __restrict path) {
  return posix_spawn_file_actions_addchdir(fa, path);
}

int posix_spawn_file_actions_addfchdir_np(posix_spawn_file_actions_t* fa, int fd) {
  return posix_spawn_file_actions_addfchdir(fa, fd);
}

}  // extern "C"
