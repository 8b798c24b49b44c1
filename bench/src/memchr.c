#include "strbench.h"

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  (void)dst;
  return (uint64_t)((const unsigned char *)memchr(src, 'X', len) - src);
}

int main(void) {
  str_bench("memchr", str_prepare_x_last, op);
  return 0;
}
