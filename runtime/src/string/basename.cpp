// GNU basename (string.h with _GNU_SOURCE): the part after the last '/', never modifying
// the argument; "" for a path ending in '/'. libgen.h's POSIX basename is a different one.
#include <string.h>

extern "C" char* __gnu_basename(const char* path) {
  const char* slash = strrchr(path, '/');
  return const_cast<char*>(slash ? slash + 1 : path);
}
