// mount, umount and umount2.
#include <sys/mount.h>

#include "support/errno.h"

extern "C" {

int mount(const char* source, const char* target, const char* fstype, unsigned long flags,
          const void* data) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mount, source, target, fstype, flags, data)));
}

// umount is umount2 without flags (no architecture here has the old one-argument call).
int umount(const char* target) { return umount2(target, 0); }

int umount2(const char* target, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_umount2, target, flags)));
}

}  // extern "C"
