// strlcpy and strlcat (BSD): bounded copies that always terminate and return the length
// they tried to create, so callers can detect truncation.
#include <string.h>

extern "C" {

size_t strlcpy(char* __restrict dst, const char* __restrict src, size_t size) {
  size_t len = strlen(src);
  if (size) {
    size_t n = len < size - 1 ? len : size - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
  }
  return len;
}

size_t strlcat(char* __restrict dst, const char* __restrict src, size_t size) {
  size_t used = strnlen(dst, size);
  // No terminator within size: nothing is appended (BSD semantics).
  if (used == size) return size + strlen(src);
  return used + strlcpy(dst + used, src, size - used);
}

}  // extern "C"
