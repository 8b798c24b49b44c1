// strncpy and stpncpy: copy at most n bytes and pad the rest of dst with NULs.
#include <string.h>

extern "C" {

char* stpncpy(char* __restrict dst, const char* __restrict src, size_t n) {
  size_t len = strnlen(src, n);
  memcpy(dst, src, len);
  memset(dst + len, 0, n - len);
  return dst + len;
}

char* strncpy(char* __restrict dst, const char* __restrict src, size_t n) {
  stpncpy(dst, src, n);
  return dst;
}

}  // extern "C"
