// System V semaphores: semget, semop, semtimedop, semctl.
#include <stdarg.h>
#include <sys/sem.h>

#include "support/errno.h"
#include "thread/cancel.h"

namespace {

// XSI's union semun, which the caller declares and passes by value: an int or a pointer
// in one register-sized argument.
union Semun {
  int val;
  void* ptr;
};

}  // namespace

extern "C" {

int semget(key_t key, int nsems, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_semget, key, nsems, flags)));
}

int semop(int id, struct sembuf* ops, size_t nops) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_semop, id, ops, nops)));
}

int semtimedop(int id, struct sembuf* ops, size_t nops, const struct timespec* timeout) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_semtimedop, id, ops, nops, timeout)));
}

int semctl(int id, int num, int cmd, ...) {
  // Only some commands have the fourth argument; reading it otherwise would be undefined.
  unsigned long arg = 0;
  switch (cmd) {
    case SETVAL:
    case GETALL:
    case SETALL:
    case IPC_STAT:
    case IPC_SET:
    case IPC_INFO:
    case SEM_STAT:
    case SEM_INFO:
    case SEM_STAT_ANY: {
      va_list ap;
      va_start(ap, cmd);
      Semun u = va_arg(ap, Semun);
      va_end(ap);
      arg = cmd == SETVAL ? static_cast<unsigned long>(u.val) : reinterpret_cast<unsigned long>(u.ptr);
      break;
    }
    default:
      break;
  }
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_semctl, id, num, cmd, arg)));
}

}  // extern "C"
