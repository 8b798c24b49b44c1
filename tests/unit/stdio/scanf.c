/* The scanf family (C17 7.21.6.2): conversions, widths, suppression, scansets, %n,
   %m allocation, matching and input failures. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "../check.h"

int main(void) {
  int a = 0, b = 0, c = 0;
  unsigned u = 0;
  long l = 0;
  long long ll = 0;
  short h = 0;
  signed char hh = 0;
  char s1[32], s2[32];

  CHECK_INT(sscanf("12 -34 +56", "%d %d %d", &a, &b, &c), 3);
  CHECK_INT(a, 12);
  CHECK_INT(b, -34);
  CHECK_INT(c, 56);
  CHECK_INT(sscanf("0x1f 017 10 ff", "%i %i %o %x", &a, &b, &c, &u), 4);
  CHECK_INT(a, 31);
  CHECK_INT(b, 15);
  CHECK_INT(c, 8);
  CHECK_INT(u, 255);
  CHECK_INT(sscanf("123456", "%2d%3d%d", &a, &b, &c), 3);
  CHECK_INT(a, 12);
  CHECK_INT(b, 345);
  CHECK_INT(c, 6);
  CHECK_INT(sscanf("9223372036854775807 -5 70000 300", "%lld %ld %hd %hhd", &ll, &l, &h, &hh), 4);
  CHECK(ll == 9223372036854775807LL);
  CHECK_INT(l, -5);
  CHECK_INT(h, 4464);
  CHECK_INT(hh, 44);

  /* suppression and %n */
  int n1 = -1, n2 = -1;
  CHECK_INT(sscanf("abc 42 rest", "%*s %n%d%n", &n1, &a, &n2), 1);
  CHECK_INT(n1, 4);
  CHECK_INT(a, 42);
  CHECK_INT(n2, 6);

  /* strings, characters, scansets */
  CHECK_INT(sscanf("  hello world", "%s %5c", s1, s2), 2);
  CHECK_STR(s1, "hello");
  CHECK(memcmp(s2, "world", 5) == 0);
  CHECK_INT(sscanf("abc123def", "%[a-z]%[0-9]", s1, s2), 2);
  CHECK_STR(s1, "abc");
  CHECK_STR(s2, "123");
  CHECK_INT(sscanf("key=value;x", "%[^=]=%[^;]", s1, s2), 2);
  CHECK_STR(s1, "key");
  CHECK_STR(s2, "value");
  CHECK_INT(sscanf("]-a]x", "%[]a-]", s1), 1);
  CHECK_STR(s1, "]-a]");
  CHECK_INT(sscanf("abcdef", "%3s", s1), 1);
  CHECK_STR(s1, "abc");
  CHECK_INT(sscanf("x", "%c", s1), 1);
  CHECK_INT(s1[0], 'x');
  CHECK_INT(sscanf(" x", "%c", s1), 1);
  CHECK_INT(s1[0], ' ');

  /* floating point */
  float f = 0;
  double d = 0;
  long double ld = 0;
  CHECK_INT(sscanf("1.5 -2.25e2 0x1p-2", "%f %lf %Lf", &f, &d, &ld), 3);
  CHECK(f == 1.5f);
  CHECK(d == -225.0);
  CHECK(ld == 0.25L);
  CHECK_INT(sscanf("inf nan 0.1", "%lf %f %lf", &d, &f, &d), 3);
  CHECK(d == 0.1);
  CHECK(f != f);
  CHECK_INT(sscanf("1e5x", "%lf%s", &d, s1), 2);
  CHECK(d == 100000.0);
  CHECK_STR(s1, "x");
  CHECK_INT(sscanf("12345.678", "%4lf", &d), 1);
  CHECK(d == 1234.0);
  CHECK_INT(sscanf("-.5", "%g", &f), 1);
  CHECK(f == -0.5f);

  /* pointers */
  void *p = NULL;
  CHECK_INT(sscanf("0x1234", "%p", &p), 1);
  CHECK(p == (void *)0x1234);

  /* literals, %% and failures */
  CHECK_INT(sscanf("10% 20", "%d%% %d", &a, &b), 2);
  CHECK_INT(b, 20);
  CHECK_INT(sscanf("a=1", "b=%d", &a), 0);
  CHECK_INT(sscanf("", "%d", &a), EOF);
  CHECK_INT(sscanf("   ", "%d", &a), EOF);
  CHECK_INT(sscanf("x", "%d", &a), 0);
  CHECK_INT(sscanf("5", "%d %d", &a, &b), 1);
  CHECK_INT(sscanf("-", "%d", &a), 0);

  /* positional arguments */
  CHECK_INT(sscanf("1 2", "%2$d %1$d", &a, &b), 2);
  CHECK_INT(a, 2);
  CHECK_INT(b, 1);

  /* %m allocates */
  char *m = NULL;
  CHECK_INT(sscanf("allocated string", "%ms", &m), 1);
  CHECK_STR(m, "allocated");
  free(m);
  m = NULL;
  CHECK_INT(sscanf("abc;", "%m[a-c]", &m), 1);
  CHECK_STR(m, "abc");
  free(m);

  /* wide destination from UTF-8 input */
  wchar_t w[8];
  CHECK_INT(sscanf("\xc3\xa9t\xc3\xa9 x", "%ls", w), 1);
  CHECK(w[0] == 0xe9 && w[1] == 't' && w[2] == 0xe9 && w[3] == 0);

  /* fscanf over a stream */
  FILE *fp = tmpfile();
  CHECK(fp != NULL);
  fputs("7 eight 9.5\n10", fp);
  rewind(fp);
  CHECK_INT(fscanf(fp, "%d %s %lf", &a, s1, &d), 3);
  CHECK_INT(a, 7);
  CHECK_STR(s1, "eight");
  CHECK(d == 9.5);
  CHECK_INT(fscanf(fp, "%d", &a), 1);
  CHECK_INT(a, 10);
  CHECK_INT(fscanf(fp, "%d", &a), EOF);
  fclose(fp);
  return check_done();
}
