// memcpy and mempcpy (GNU: returns the end of the copy).
#include <string.h>

#include "string/copy.h"

extern "C" {

void* memcpy(void* __restrict dst, const void* __restrict src, size_t n) {
  pure::copy_forward(static_cast<unsigned char*>(dst), static_cast<const unsigned char*>(src), n);
  return dst;
}

void* mempcpy(void* __restrict dst, const void* __restrict src, size_t n) {
  pure::copy_forward(static_cast<unsigned char*>(dst), static_cast<const unsigned char*>(src), n);
  return static_cast<unsigned char*>(dst) + n;
}

}  // extern "C"
