#include "strbench.h"

static void prepare(unsigned char *dst, unsigned char *src, size_t len) {
  (void)dst;
  (void)src;
  (void)len;
}

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  (void)src;
  memset(dst, (int)len, len);
  return dst[len - 1];
}

int main(void) {
  str_bench("memset", prepare, op);
  return 0;
}
