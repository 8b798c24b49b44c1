/* Strings and buffers that end right before an inaccessible page: the vector code must
   never read across it (a fault here kills the test). */
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>

#include "../check.h"

#define REGION 65536 /* a multiple of every page size Linux uses */

int main(void) {
  char *m = mmap(NULL, 2 * REGION, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CHECK(m != MAP_FAILED);
  if (m == MAP_FAILED) return check_done();
  CHECK_INT(mprotect(m + REGION, REGION, PROT_NONE), 0);
  char *end = m + REGION;
  int bad = 0;
  for (size_t n = 0; n < 400; n += (n < 140 ? 1 : 7)) {
    /* A string of length n whose NUL is the last accessible byte. */
    char *s = end - n - 1;
    memset(s, 'a', n);
    s[n] = 0;
    if (strlen(s) != n) bad++;
    if (strnlen(s, 1000) != n) bad++;
    if (strchr(s, 'b') != NULL || strchrnul(s, 'b') != s + n) bad++;
    if (strrchr(s, 'a') != (n ? s + n - 1 : NULL)) bad++;
    if (rawmemchr(s, 0) != s + n) bad++;
    /* Two strings ending at the boundary and one ending earlier. */
    char *t = end - 2 * (n + 1) - 7;
    memset(t, 'a', n);
    t[n] = 0;
    if (strcmp(s, t) != 0 || strncmp(s, t, 500) != 0) bad++;
    if (strcasecmp(s, t) != 0) bad++;
    char tmp[512];
    if (strcpy(tmp, s) != tmp || strcmp(tmp, s) != 0) bad++;
    /* Buffers that end at the boundary. */
    char *b = end - n;
    memset(b, 'x', n);
    if (memchr(b, 'y', n) != NULL) bad++;
    if (memrchr(b, 'y', n) != NULL) bad++;
    if (n && memchr(b, 'x', n) != b) bad++;
    if (memcmp(b, end - n, n) != 0) bad++;
    if (n) {
      memcpy(tmp, b, n);
      if (memcmp(tmp, b, n) != 0) bad++;
      memmove(b, b + 1, n - 1);
      memset(b, 'x', n);
    }
    /* Buffers that start right at the mapping's start (nothing readable before). */
    char *f = m;
    memset(f, 'x', n + 1);
    f[n] = 0;
    if (strlen(f) != n || memrchr(f, 'y', n) != NULL) bad++;
  }
  CHECK_INT(bad, 0);
  return check_done();
}
