// strlen and strnlen.
#include <string.h>

#include "string/kernels.h"

extern "C" {

size_t strlen(const char* s) { return PURE_DISPATCH(strlen_k, s); }

size_t strnlen(const char* s, size_t max) {
  const void* z = memchr(s, 0, max);
  return z ? static_cast<size_t>(static_cast<const char*>(z) - s) : max;
}

}  // extern "C"
