// remap_file_pages: deprecated by Linux (emulated since 3.16) but still a system call.
#define _GNU_SOURCE 1
#include <sys/mman.h>

#include <asm/unistd.h>

#include "support/errno.h"

extern "C" int remap_file_pages(void* addr, size_t size, int prot, size_t pgoff, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_remap_file_pages, addr, size, prot, pgoff, flags)));
}
