// POSIX dirname (libgen.h): the path without its last component, cut in place.
#include <libgen.h>

namespace pure {

char* posix_dirname(char* path) {
  // "." is not part of the argument; callers may write to the result, so not a literal.
  static char dot[2];
  if (!path || !*path) {
    dot[0] = '.';
    dot[1] = '\0';
    return dot;
  }
  char* end = path;
  while (*end) ++end;
  // Drop trailing slashes, then the last component, then the slashes before it.
  while (end > path + 1 && end[-1] == '/') --end;
  while (end > path && end[-1] != '/') --end;
  if (end == path) {
    dot[0] = '.';
    dot[1] = '\0';
    return dot;
  }
  while (end > path + 1 && end[-1] == '/') --end;
  *end = '\0';
  return path;
}

}  // namespace pure

extern "C" char* dirname(char* path) { return pure::posix_dirname(path); }
