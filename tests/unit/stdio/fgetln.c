/* fgetln (BSD): lines with their newline, not NUL-terminated, whether they sit in the
   stream's buffer or span refills; the last line may lack its newline. */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static int same(const char *got, size_t len, const char *want) {
  return got && len == strlen(want) && memcmp(got, want, len) == 0;
}

int main(void) {
  char path[64];
  snprintf(path, sizeof path, "/tmp/pure-fgetln-%d", (int)getpid());
  FILE *f = fopen(path, "w");
  char longline[3001];
  memset(longline, 'L', 3000);
  longline[3000] = 0;
  fprintf(f, "one\n\ntwo words\n%s\nlast", longline);
  fclose(f);

  for (int small = 0; small < 2; small++) {
    f = fopen(path, "r");
    if (small) setvbuf(f, NULL, _IOFBF, 4); /* every line spans refills */
    size_t len = 99;
    char *s = fgetln(f, &len);
    CHECK(same(s, len, "one\n"));
    s = fgetln(f, &len);
    CHECK(same(s, len, "\n"));
    s = fgetln(f, &len);
    CHECK(same(s, len, "two words\n"));
    s = fgetln(f, &len);
    CHECK(s != NULL && len == 3001 && s[0] == 'L' && s[2999] == 'L' && s[3000] == '\n');
    s = fgetln(f, &len);
    CHECK(same(s, len, "last"));
    CHECK(fgetln(f, &len) == NULL);
    CHECK(feof(f));
    fclose(f);
  }

  /* Mixed with other reads: fgetln continues where they left off. */
  f = fopen(path, "r");
  CHECK_INT(fgetc(f), 'o');
  size_t len;
  char *s = fgetln(f, &len);
  CHECK(same(s, len, "ne\n"));
  char buf[16];
  CHECK(fgets(buf, sizeof buf, f) != NULL);
  CHECK_STR(buf, "\n");
  s = fgetln(f, &len);
  CHECK(same(s, len, "two words\n"));
  fclose(f);
  remove(path);
  return check_done();
}
