// memmove and bcopy (BSD: source first).
#include <string.h>

#include "string/copy.h"

extern "C" {

void* memmove(void* dst, const void* src, size_t n) {
  pure::move(static_cast<unsigned char*>(dst), static_cast<const unsigned char*>(src), n);
  return dst;
}

void bcopy(const void* src, void* dst, size_t n) {
  pure::move(static_cast<unsigned char*>(dst), static_cast<const unsigned char*>(src), n);
}

}  // extern "C"
