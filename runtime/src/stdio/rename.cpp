// rename, renameat, renameat2. aarch64 has only the renameat2 system call; flags 0 make
// it renameat.
#include <errno.h>
#include <linux/fcntl.h>

#include "support/errno.h"
#include "support/syscall.h"

extern "C" int renameat2(int olddirfd, const char* old, int newdirfd, const char* newp, unsigned flags) {
  long r = pure::syscall(__NR_renameat2, olddirfd, old, newdirfd, newp, flags);
#ifdef __NR_renameat
  if (r == -ENOSYS && flags == 0) r = pure::syscall(__NR_renameat, olddirfd, old, newdirfd, newp);
#endif
  return static_cast<int>(pure::to_errno(r));
}

extern "C" int renameat(int olddirfd, const char* old, int newdirfd, const char* newp) {
  return renameat2(olddirfd, old, newdirfd, newp, 0);
}

extern "C" int rename(const char* old, const char* newp) {
  return renameat2(AT_FDCWD, old, AT_FDCWD, newp, 0);
}
