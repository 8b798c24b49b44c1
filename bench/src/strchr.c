#include "strbench.h"

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  (void)dst;
  (void)len;
  return (uint64_t)(strchr((const char *)src, 'X') - (const char *)src);
}

int main(void) {
  str_bench("strchr", str_prepare_x_last, op);
  return 0;
}
