// POSIX basename (libgen.h): the last component of a path, trailing '/'s removed in place.
// Exported both as __xpg_basename (what libgen.h maps basename to, so string.h's GNU
// basename can coexist) and as plain basename for programs that declare it themselves.
#include <libgen.h>

namespace pure {

char* posix_basename(char* path) {
  // Results that are not part of the argument live here; callers may write to them.
  static char result[2];
  if (!path || !*path) {
    result[0] = '.';
    result[1] = '\0';
    return result;
  }
  char* end = path;
  while (*end) ++end;
  while (end > path + 1 && end[-1] == '/') --end;
  if (end == path + 1 && *path == '/') {
    // Only slashes: the answer is "/" (POSIX lets "//" be kept; Linux programs expect "/").
    path[1] = '\0';
    return path;
  }
  *end = '\0';
  char* start = end;
  while (start > path && start[-1] != '/') --start;
  return start;
}

}  // namespace pure

extern "C" char* __xpg_basename(char* path) { return pure::posix_basename(path); }

#undef basename
extern "C" char* basename(char* path) { return pure::posix_basename(path); }
