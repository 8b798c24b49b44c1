// strcpy and stpcpy.
#include <string.h>

extern "C" {

char* stpcpy(char* __restrict dst, const char* __restrict src) {
  size_t n = strlen(src);
  memcpy(dst, src, n + 1);
  return dst + n;
}

char* strcpy(char* __restrict dst, const char* __restrict src) {
  memcpy(dst, src, strlen(src) + 1);
  return dst;
}

}  // extern "C"
