#include "strbench.h"

/* The character sought is the last one: the whole string is scanned. */
static void prepare(unsigned char *dst, unsigned char *src, size_t len) {
  (void)dst;
  str_fill_text(src, len);
  src[len - 1] = 'X';
}

static uint64_t op(unsigned char *dst, const unsigned char *src, size_t len) {
  (void)dst;
  (void)len;
  return (uint64_t)(strchr((const char *)src, 'X') - (const char *)src);
}

int main(void) {
  str_bench("strchr", prepare, op);
  return 0;
}
