// confstr: configuration strings.
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" size_t confstr(int name, char* buf, size_t len) {
  const char* value;
  switch (name) {
    case _CS_PATH: value = "/bin:/usr/bin"; break;  // where the standard utilities live
    case _CS_POSIX_V6_WIDTH_RESTRICTED_ENVS:
    case _CS_POSIX_V7_WIDTH_RESTRICTED_ENVS: value = "POSIX_V7_LP64_OFF64"; break;
    case _CS_POSIX_V7_LP64_OFF64_CFLAGS:
    case _CS_POSIX_V7_LP64_OFF64_LDFLAGS:
    case _CS_POSIX_V7_LP64_OFF64_LIBS: value = ""; break;
    default: return pure::fail(EINVAL, static_cast<size_t>(0));
  }
  size_t n = strlen(value) + 1;
  if (buf && len) {
    size_t copy = n < len ? n : len;
    memcpy(buf, value, copy - 1);
    buf[copy - 1] = '\0';
  }
  return n;
}
