// setenv, unsetenv, putenv and clearenv. The environment is __environ. The first change
// copies the array into one this file owns (the start-up one lives on the initial stack);
// strings made by setenv are remembered so that replacing or removing them frees them.
// Callers of getenv() may not keep a pointer across these calls (POSIX allows freeing).
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "support/lock.h"

extern "C" char** __environ;

namespace pure {
char** find_env(const char* name, size_t len);

namespace {

constinit Lock env_lock;
constinit char** owned_array = nullptr;  // our copy of the array (when __environ == it)
constinit size_t owned_capacity = 0;     // entries it can hold, without the final null
constinit char** owned_strings = nullptr;  // strings allocated by setenv
constinit size_t owned_count = 0;
constinit size_t owned_strings_capacity = 0;

size_t env_count() {
  size_t n = 0;
  if (__environ)
    while (__environ[n]) n++;
  return n;
}

// Frees s if setenv made it.
void drop_string(char* s) {
  for (size_t i = 0; i < owned_count; i++)
    if (owned_strings[i] == s) {
      owned_strings[i] = owned_strings[--owned_count];
      free(s);
      return;
    }
}

bool remember_string(char* s) {
  if (owned_count == owned_strings_capacity) {
    size_t cap = owned_strings_capacity ? owned_strings_capacity * 2 : 16;
    char** n = static_cast<char**>(reallocarray(owned_strings, cap, sizeof(char*)));
    if (!n) return false;
    owned_strings = n;
    owned_strings_capacity = cap;
  }
  owned_strings[owned_count++] = s;
  return true;
}

// Makes room for one more entry in an array we own; false when out of memory.
bool reserve_one() {
  size_t n = env_count();
  if (__environ == owned_array && owned_array && n < owned_capacity) return true;
  size_t cap = n + 1 < 16 ? 16 : (n + 1) * 2;
  char** a = static_cast<char**>(malloc((cap + 1) * sizeof(char*)));
  if (!a) return false;
  if (n) memcpy(a, __environ, n * sizeof(char*));
  a[n] = nullptr;
  if (owned_array) free(owned_array);  // the old array of ours is replaced (or was abandoned)
  owned_array = a;
  owned_capacity = cap;
  __environ = a;
  return true;
}

// Puts entry in place of the one for its name (len bytes), or appends it.
int install(char* entry, size_t len, bool owned) {
  if (char** e = find_env(entry, len)) {
    char* old = *e;
    *e = entry;
    drop_string(old);
    return 0;
  }
  if (!reserve_one()) {
    if (owned) drop_string(entry);  // frees it
    return -1;
  }
  size_t n = env_count();
  __environ[n] = entry;
  __environ[n + 1] = nullptr;
  return 0;
}

void remove_name(const char* name, size_t len) {
  if (!__environ) return;
  char** out = __environ;
  for (char** e = __environ; *e; e++) {
    if (strncmp(*e, name, len) == 0 && (*e)[len] == '=') {
      drop_string(*e);
      continue;
    }
    *out++ = *e;
  }
  *out = nullptr;
}

inline bool valid_name(const char* name, size_t* len) {
  if (!name) return false;
  *len = strchrnul(name, '=') - name;
  return *len && !name[*len];
}

}  // namespace
}  // namespace pure

extern "C" {

int setenv(const char* name, const char* value, int overwrite) {
  size_t len;
  if (!pure::valid_name(name, &len)) {
    errno = EINVAL;
    return -1;
  }
  pure::LockGuard guard(pure::env_lock);
  if (!overwrite && pure::find_env(name, len)) return 0;
  size_t vlen = strlen(value);
  char* entry = static_cast<char*>(malloc(len + vlen + 2));
  if (!entry) return -1;
  memcpy(entry, name, len);
  entry[len] = '=';
  memcpy(entry + len + 1, value, vlen + 1);
  if (!pure::remember_string(entry)) {
    free(entry);
    return -1;
  }
  return pure::install(entry, len, true);
}

int unsetenv(const char* name) {
  size_t len;
  if (!pure::valid_name(name, &len)) {
    errno = EINVAL;
    return -1;
  }
  pure::LockGuard guard(pure::env_lock);
  pure::remove_name(name, len);
  return 0;
}

// The string itself becomes part of the environment. Without '=', the name is removed
// (as other Linux libcs do).
int putenv(char* string) {
  size_t len = strchrnul(string, '=') - string;
  if (len == 0) {
    errno = EINVAL;
    return -1;
  }
  pure::LockGuard guard(pure::env_lock);
  if (!string[len]) {
    pure::remove_name(string, len);
    return 0;
  }
  return pure::install(string, len, false);
}

int clearenv(void) {
  pure::LockGuard guard(pure::env_lock);
  for (size_t i = 0; i < pure::owned_count; i++) free(pure::owned_strings[i]);
  pure::owned_count = 0;
  free(pure::owned_array);
  pure::owned_array = nullptr;
  pure::owned_capacity = 0;
  __environ = nullptr;
  return 0;
}

}  // extern "C"
