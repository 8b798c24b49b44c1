#include "strbench.h"

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  return (uint64_t)memcmp(dst, src, len);
}

int main(void) {
  str_bench("memcmp", str_prepare_differ_last, op);
  return 0;
}
