// The directory stream behind DIR: a descriptor and a buffer of kernel linux_dirent64
// records, which have struct dirent's layout (d_name is as long as the name needs).
#pragma once
#include <dirent.h>
#include <stddef.h>

#include "support/lock.h"

struct __pure_dir {
  int fd;
  pure::Lock lock;  // readdir on one stream from several threads must not corrupt it
  size_t pos;       // next record in buf
  size_t end;       // bytes of valid records in buf
  long tell;        // the position of the next record, for telldir (a kernel d_off cookie)
  alignas(8) char buf[4096];
};

namespace pure {
// Allocates the stream for an open directory descriptor (or returns null with errno set).
DIR* dir_from_fd(int fd);
// The next entry, or null at the end (-errno in *error on failure, else 0). Lock held.
struct dirent* dir_next(DIR* d, int* error);
}  // namespace pure
