// getenv and secure_getenv (GNU: nothing for set-user-ID and similar programs).
#include <stdlib.h>
#include <string.h>
#include <linux/auxvec.h>

#include "start/start.h"

extern "C" char** __environ;

namespace pure {
// The entry "name=value" for name, or null. Names holding '=' never match.
char** find_env(const char* name, size_t len) {
  if (!__environ) return nullptr;
  for (char** e = __environ; *e; e++)
    if (strncmp(*e, name, len) == 0 && (*e)[len] == '=') return e;
  return nullptr;
}
}  // namespace pure

extern "C" {

char* getenv(const char* name) {
  size_t len = strchrnul(name, '=') - name;
  if (len == 0 || name[len]) return nullptr;
  char** e = pure::find_env(name, len);
  return e ? *e + len + 1 : nullptr;
}

char* secure_getenv(const char* name) {
  if (pure::aux_value(AT_SECURE)) return nullptr;
  return getenv(name);
}

}  // extern "C"
