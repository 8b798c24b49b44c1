// System V message queues: msgget, msgsnd, msgrcv, msgctl.
#include <sys/msg.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

int msgget(key_t key, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_msgget, key, flags)));
}

int msgsnd(int id, const void* msg, size_t size, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_msgsnd, id, msg, size, flags)));
}

ssize_t msgrcv(int id, void* msg, size_t size, long type, int flags) {
  return pure::to_errno(pure::syscall_cp(__NR_msgrcv, id, msg, size, type, flags));
}

int msgctl(int id, int cmd, struct msqid_ds* buf) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_msgctl, id, cmd, buf)));
}

}  // extern "C"
