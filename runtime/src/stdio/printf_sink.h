// Sinks that connect the printf engine to streams, descriptors and memory.
#pragma once
#include <errno.h>
#include <stdarg.h>

#include "stdio/file.h"
#include "support/format/printf_core.h"

namespace pure::stdio {

// Formats into a stream through a stack buffer, drained with write_unlocked. The caller
// holds the stream's lock.
struct FileSink : format::Sink<char> {
  FILE* file;
  char space[1024];

  explicit FileSink(FILE* f) : format::Sink<char>{space, space + sizeof space, space, 0, false, 0, drain_to_file}, file(f) {}

  static bool drain_to_file(format::Sink<char>& s) {
    FileSink& fs = static_cast<FileSink&>(s);
    size_t n = static_cast<size_t>(s.pos - s.start);
    size_t done = write_unlocked(fs.file, s.start, n);
    s.flushed += done;
    s.pos = s.start;
    if (done != n) {
      s.error_code = errno;
      return false;
    }
    return true;
  }

  // Writes out the tail; false when that (or anything before) failed.
  bool finish() {
    if (error) return false;
    if (pos > start && !drain_to_file(*this)) {
      error = true;
      return false;
    }
    return true;
  }
};

// Runs the engine on a locked stream; returns the count or -1 with errno set.
inline int print_to_file(FILE* f, const char* fmt, va_list ap) {
  int error = errno;
  FileSink sink(f);
  int r = format::vformat(sink, fmt, ap, error);
  bool ok = sink.finish();
  if (r < 0 || !ok) {
    if (sink.error_code) errno = sink.error_code;
    return -1;
  }
  return r;
}

}  // namespace pure::stdio
