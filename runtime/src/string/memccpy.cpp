// memccpy: copy up to and including the first c, or n bytes.
#include <string.h>

extern "C" void* memccpy(void* __restrict dst, const void* __restrict src, int c, size_t n) {
  const unsigned char* hit = static_cast<const unsigned char*>(memchr(src, c, n));
  if (!hit) {
    memcpy(dst, src, n);
    return nullptr;
  }
  size_t len = static_cast<size_t>(hit - static_cast<const unsigned char*>(src)) + 1;
  memcpy(dst, src, len);
  return static_cast<unsigned char*>(dst) + len;
}
