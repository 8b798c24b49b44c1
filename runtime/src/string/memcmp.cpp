// memcmp and bcmp.
#include <string.h>
#include <strings.h>

#include "string/kernels.h"

extern "C" {

int memcmp(const void* a, const void* b, size_t n) {
  return PURE_DISPATCH(memcmp_k, static_cast<const unsigned char*>(a), static_cast<const unsigned char*>(b), n);
}

int bcmp(const void* a, const void* b, size_t n) { return memcmp(a, b, n); }

}  // extern "C"
