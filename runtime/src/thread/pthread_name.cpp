// pthread_setname_np/getname_np: the kernel's 16-byte thread name ("comm"), through prctl
// for the calling thread and /proc/self/task/<tid>/comm for others.
#include <errno.h>
#include <pthread.h>
#include <linux/fcntl.h>
#include <linux/prctl.h>

#include "support/syscall.h"
#include "thread/thread.h"

namespace pure {
namespace {

constexpr size_t kNameMax = 16;  // including the terminating NUL (TASK_COMM_LEN)

// "/proc/self/task/<tid>/comm"
void comm_path(char* out, int tid) {
  const char prefix[] = "/proc/self/task/";
  size_t n = 0;
  for (const char* p = prefix; *p; p++) out[n++] = *p;
  char digits[12];
  int d = 0;
  do {
    digits[d++] = static_cast<char>('0' + tid % 10);
    tid /= 10;
  } while (tid);
  while (d) out[n++] = digits[--d];
  for (const char* p = "/comm"; *p; p++) out[n++] = *p;
  out[n] = 0;
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

int pthread_setname_np(pthread_t thread, const char* name) {
  size_t len = 0;
  while (name[len]) len++;
  if (len >= kNameMax) return ERANGE;
  Thread* t = reinterpret_cast<Thread*>(thread);
  if (t == current_thread()) return static_cast<int>(-syscall(__NR_prctl, PR_SET_NAME, name, 0, 0, 0));
  char path[48];
  comm_path(path, t->tid);
  long fd = syscall(__NR_openat, AT_FDCWD, path, O_WRONLY | O_CLOEXEC);
  if (is_error(fd)) return static_cast<int>(-fd);
  long w = syscall(__NR_write, fd, name, len);
  syscall(__NR_close, fd);
  return is_error(w) ? static_cast<int>(-w) : 0;
}

int pthread_getname_np(pthread_t thread, char* name, size_t size) {
  if (size < kNameMax) return ERANGE;
  Thread* t = reinterpret_cast<Thread*>(thread);
  if (t == current_thread()) return static_cast<int>(-syscall(__NR_prctl, PR_GET_NAME, name, 0, 0, 0));
  char path[48];
  comm_path(path, t->tid);
  long fd = syscall(__NR_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
  if (is_error(fd)) return static_cast<int>(-fd);
  long n = syscall(__NR_read, fd, name, size - 1);
  syscall(__NR_close, fd);
  if (is_error(n)) return static_cast<int>(-n);
  if (n > 0 && name[n - 1] == '\n') n--;  // comm reads back with a newline
  name[n] = 0;
  return 0;
}

}  // extern "C"
