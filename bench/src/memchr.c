#include "strbench.h"

/* The byte sought is the last one: the whole buffer is scanned. */
static void prepare(unsigned char *dst, unsigned char *src, size_t len) {
  (void)dst;
  str_fill_text(src, len);
  src[len - 1] = 'X';
}

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  (void)dst;
  return (uint64_t)((const unsigned char *)memchr(src, 'X', len) - src);
}

int main(void) {
  str_bench("memchr", prepare, op);
  return 0;
}
