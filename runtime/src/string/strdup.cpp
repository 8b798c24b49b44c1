// strdup and strndup.
#include <stdlib.h>
#include <string.h>

extern "C" {

char* strdup(const char* s) {
  size_t n = strlen(s) + 1;
  char* d = static_cast<char*>(malloc(n));  // malloc sets errno on failure
  return d ? static_cast<char*>(memcpy(d, s, n)) : nullptr;
}

char* strndup(const char* s, size_t max) {
  size_t n = strnlen(s, max);
  char* d = static_cast<char*>(malloc(n + 1));
  if (!d) return nullptr;
  memcpy(d, s, n);
  d[n] = 0;
  return d;
}

}  // extern "C"
