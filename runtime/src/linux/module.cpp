// init_module and delete_module: loading and removing kernel modules. No C library header
// declares them; programs declare them as the manual pages show.
#include "support/errno.h"

extern "C" {

int init_module(void* image, unsigned long size, const char* params);
int delete_module(const char* name, unsigned int flags);

int init_module(void* image, unsigned long size, const char* params) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_init_module, image, size, params)));
}

int delete_module(const char* name, unsigned int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_delete_module, name, flags)));
}

}  // extern "C"
