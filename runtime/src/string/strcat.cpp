// strcat and strncat.
#include <string.h>

extern "C" {

char* strcat(char* __restrict dst, const char* __restrict src) {
  strcpy(dst + strlen(dst), src);
  return dst;
}

char* strncat(char* __restrict dst, const char* __restrict src, size_t n) {
  char* end = dst + strlen(dst);
  size_t len = strnlen(src, n);
  memcpy(end, src, len);
  end[len] = 0;
  return dst;
}

}  // extern "C"
