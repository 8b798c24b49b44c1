#define _GNU_SOURCE
#include <errno.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  /* Only shared mappings can be remapped: a private anonymous one gives EINVAL. */
  long page = sysconf(_SC_PAGESIZE);
  void *p = mmap(NULL, page * 2, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK(p != MAP_FAILED);
  errno = 0;
  CHECK_INT(remap_file_pages(p, page, 0, 1, 0), -1);
  /* qemu's user mode does not implement the call at all (ENOSYS). */
  CHECK(errno == EINVAL || errno == ENOSYS);
  munmap(p, page * 2);
  return check_done();
}
