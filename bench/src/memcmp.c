#include "strbench.h"

/* Equal up to the last byte: the whole length is compared. */
static void prepare(unsigned char *dst, unsigned char *src, size_t len) {
  str_fill_text(src, len);
  str_fill_text(dst, len);
  dst[len - 1] = 'X';
}

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  return (uint64_t)memcmp(dst, src, len);
}

int main(void) {
  str_bench("memcmp", prepare, op);
  return 0;
}
