#include "strbench.h"

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  (void)len;
  return (uint64_t)strcmp((const char *)dst, (const char *)src);
}

int main(void) {
  str_bench("strcmp", str_prepare_differ_last, op);
  return 0;
}
