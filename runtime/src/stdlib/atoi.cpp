// atoi, atol and atoll: strtol without error reporting (C17 7.22.1.2). errno is kept as
// it was, since these functions have no way to report an error.
#include <errno.h>
#include <stdlib.h>

#include "stdlib/parse_int.h"

namespace {
template <class T> T ato(const char* s) {
  int saved = errno;
  T v = pure::parse_signed<T>(s, static_cast<char**>(nullptr), 10);
  errno = saved;
  return v;
}
}  // namespace

extern "C" {
int atoi(const char* s) { return static_cast<int>(ato<long>(s)); }
long atol(const char* s) { return ato<long>(s); }
long long atoll(const char* s) { return ato<long long>(s); }
}
