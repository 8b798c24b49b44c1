// strcmp and strncmp.
#include <string.h>

#include "string/kernels.h"

extern "C" {

int strcmp(const char* a, const char* b) {
  return PURE_DISPATCH(strcmp_k, reinterpret_cast<const unsigned char*>(a), reinterpret_cast<const unsigned char*>(b),
                       ~size_t{0});
}

int strncmp(const char* a, const char* b, size_t n) {
  return PURE_DISPATCH(strcmp_k, reinterpret_cast<const unsigned char*>(a), reinterpret_cast<const unsigned char*>(b), n);
}

}  // extern "C"
