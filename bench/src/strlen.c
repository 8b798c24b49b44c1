#include "strbench.h"

static void prepare(unsigned char *dst, unsigned char *src, size_t len) {
  (void)dst;
  str_fill_text(src, len);
}

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  (void)dst;
  (void)len;
  return strlen((const char *)src);
}

int main(void) {
  str_bench("strlen", prepare, op);
  return 0;
}
