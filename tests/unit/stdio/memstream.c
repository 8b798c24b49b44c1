/* fmemopen and open_memstream (POSIX 2008). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../check.h"

/* A cookie stream over a counter: writes are summed, reads produce 'a', 'b', ... */
struct counter {
  size_t written;
  char next;
  int closed;
};
static ssize_t c_write(void *c, const char *buf, size_t n) {
  (void)buf;
  ((struct counter *)c)->written += n;
  return (ssize_t)n;
}
static ssize_t c_read(void *c, char *buf, size_t n) {
  struct counter *k = c;
  if (k->next > 'e') return 0;
  if (n > 2) n = 2;
  for (size_t i = 0; i < n; i++) buf[i] = k->next++;
  return (ssize_t)n;
}
static int c_close(void *c) {
  ((struct counter *)c)->closed = 1;
  return 0;
}

int main(void) {
  char buf[32];
  memset(buf, 'z', sizeof buf);
  FILE *f = fmemopen(buf, sizeof buf, "w");
  CHECK(f != NULL);
  CHECK_INT(fprintf(f, "%s=%d", "x", 5), 3);
  fflush(f);
  CHECK_STR(buf, "x=5");
  CHECK_INT(ftell(f), 3);
  CHECK_INT(fseek(f, 1, SEEK_SET), 0);
  fputc('-', f);
  fclose(f);
  CHECK_STR(buf, "x-5");

  /* reading: "r" sees the whole buffer */
  char src[] = "line one\nline two\n";
  f = fmemopen(src, strlen(src), "r");
  char line[32];
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "line one\n") == 0);
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "line two\n") == 0);
  CHECK(fgets(line, sizeof line, f) == NULL);
  CHECK(feof(f));
  CHECK_INT(fseek(f, -4, SEEK_END), 0);
  CHECK_INT(fgetc(f), 't');
  CHECK_INT(fseek(f, 100, SEEK_SET), -1);
  CHECK_INT(errno, EINVAL);
  fclose(f);

  /* writing past the end fails */
  char small[4];
  f = fmemopen(small, sizeof small, "w");
  setvbuf(f, NULL, _IONBF, 0);
  CHECK_INT(fputs("abcdef", f), EOF);
  CHECK(ferror(f));
  fclose(f);
  CHECK(memcmp(small, "abcd", 4) == 0);

  /* append mode starts at the first null byte */
  char ap[16] = "abc";
  f = fmemopen(ap, sizeof ap, "a");
  fputs("def", f);
  fclose(f);
  CHECK_STR(ap, "abcdef");

  /* null buffer: the stream owns one */
  f = fmemopen(NULL, 16, "w+");
  CHECK(f != NULL);
  fputs("hello", f);
  rewind(f);
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "hello") == 0);
  fclose(f);
  errno = 0;
  CHECK(fmemopen(buf, 0, "r") == NULL && errno == EINVAL);

  /* open_memstream */
  char *p = NULL;
  size_t n = 99;
  f = open_memstream(&p, &n);
  CHECK(f != NULL);
  fflush(f);
  CHECK(p != NULL && n == 0);
  for (int i = 0; i < 1000; i++) fprintf(f, "%d,", i);
  fflush(f);
  CHECK_INT(n, 3890);
  CHECK(strncmp(p, "0,1,2,", 6) == 0);
  CHECK(strcmp(p + n - 4, "999,") == 0);
  CHECK_INT(fseek(f, 2, SEEK_SET), 0);
  fflush(f);
  CHECK_INT(n, 2);
  fputs("X", f);
  fclose(f);
  CHECK_INT(n, 3);
  CHECK(strncmp(p, "0,X", 3) == 0);
  free(p);

  /* fopencookie */
  struct counter k = {0, 'a', 0};
  cookie_io_functions_t io = {c_read, c_write, NULL, c_close};
  f = fopencookie(&k, "w+", io);
  CHECK(f != NULL);
  CHECK_INT(fprintf(f, "%05d", 42), 5);
  CHECK_INT(k.written, 0); /* buffered */
  fflush(f);
  CHECK_INT(k.written, 5);
  CHECK_INT(fseek(f, 0, SEEK_SET), -1); /* no seek function */
  char got[8] = {0};
  CHECK(fgets(got, sizeof got, f) != NULL);
  CHECK_STR(got, "abcdef");
  CHECK_INT(fclose(f), 0);
  CHECK_INT(k.closed, 1);
  return check_done();
}
