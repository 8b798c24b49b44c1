// memchr and rawmemchr (GNU: no length, the byte is known to be there).
#include <string.h>

#include "string/kernels.h"

extern "C" {

void* memchr(const void* s, int c, size_t n) {
  return const_cast<unsigned char*>(
      PURE_DISPATCH(memchr_k, static_cast<const unsigned char*>(s), static_cast<unsigned char>(c), n));
}

void* rawmemchr(const void* s, int c) {
  return const_cast<unsigned char*>(
      PURE_DISPATCH(memchr_k, static_cast<const unsigned char*>(s), static_cast<unsigned char>(c), ~size_t{0}));
}

}  // extern "C"
