#include "strbench.h"

/* Equal up to the last character: the whole string is compared. */
static void prepare(unsigned char *dst, unsigned char *src, size_t len) {
  str_fill_text(src, len);
  str_fill_text(dst, len);
  dst[len - 1] = 'X';
}

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  (void)len;
  return (uint64_t)strcmp((const char *)dst, (const char *)src);
}

int main(void) {
  str_bench("strcmp", prepare, op);
  return 0;
}
