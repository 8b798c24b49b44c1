// System V shared memory: shmget, shmat, shmdt, shmctl. On both architectures the
// kernel's structures are the 64-bit ones our headers define, so nothing is converted.
#include <sys/shm.h>

#include "support/errno.h"

extern "C" {

int shmget(key_t key, size_t size, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_shmget, key, size, flags)));
}

void* shmat(int id, const void* addr, int flags) {
  long r = pure::syscall(__NR_shmat, id, addr, flags);
  if (pure::is_error(r)) return pure::fail(static_cast<int>(-r), reinterpret_cast<void*>(-1));
  return reinterpret_cast<void*>(r);
}

int shmdt(const void* addr) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_shmdt, addr))); }

int shmctl(int id, int cmd, struct shmid_ds* buf) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_shmctl, id, cmd, buf)));
}

}  // extern "C"
