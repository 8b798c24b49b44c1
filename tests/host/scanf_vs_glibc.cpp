// Host differential test: the scanf engine (support/format/scanf_core.h) against glibc's
// sscanf over a matrix of inputs and formats; prints "0 / N mismatches" when all agree.
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <cstdarg>
#include <cwchar>
#include "support/format/scanf_core.h"
using namespace pure::format;
struct SS : Source<char> { const unsigned char* s;
  static long get(Source<char>* src) { SS* x = (SS*)src; if (!*x->s) return -1; return *x->s++; }
  static void unget(Source<char>* src, long) { ((SS*)src)->s--; } };
static int ours(const char* s, const char* fmt, ...) { va_list ap; va_start(ap, fmt); SS src; src.get_fn = SS::get; src.unget_fn = SS::unget; src.count = 0; src.failed = false; src.s = (const unsigned char*)s; int e = 0; int r = vscan<char>(src, fmt, ap, &e); va_end(ap); return r; }
static long fails, total;
#define T(str, fmt) do { char a1[64]={0},a2[64]={0},b1[64]={0},b2[64]={0}; int x1=-7,x2=-7,y1=-7,y2=-7,n1=-9,n2=-9; double d1=-1,d2=-1; \
  int r1 = ours(str, fmt, a1, &x1, &d1, b1, &y1, &n1); int r2 = sscanf(str, fmt, a2, &x2, &d2, b2, &y2, &n2); total++; \
  if (r1!=r2 || strcmp(a1,a2) || strcmp(b1,b2) || x1!=x2 || y1!=y2 || n1!=n2 || memcmp(&d1,&d2,8)) { if (fails++ < 30) printf("MISMATCH [%s] fmt [%s]: ours r=%d a=%s x=%d d=%g b=%s y=%d n=%d | libc r=%d a=%s x=%d d=%g b=%s y=%d n=%d\n", str, fmt, r1,a1,x1,d1,b1,y1,n1, r2,a2,x2,d2,b2,y2,n2); } } while (0)
int main() {
  const char* inputs[] = {"abc 12 3.5 def 7", "  x -0x1f 1e5 y 010", "hello", "", "   ", "a 0x", "a 0xg", "a 1e+ b", "a inf b 3", "a nan(12) b", "a infinity b", "a infx b", "a nanx b", "a -.5e-3 q 4",
     "a 99999999999 1.5e400 b -2", "[x] 5 0x1.8p1 zz 0", "a +5 +.5 b +7", "a - 1", "a 12abc 3", "a 0b101 1", "a 08 09", "abc%def 1", "k=v 3"};
  // Every format takes, in order: char[64], int, double, char[64], int, and %n's int, the
  // arguments T passes; formats that would pass other types would be undefined in both.
  const char* fmts[] = {"%s %d %lf %s %d%n", "%3s%2d%4lf%2s%i%n", "%[a-z] %i %lf %[^ ] %o%n", "%s%d%lf%s%d%n",
     "%1s %1d %1lf %1s %1d%n", "%c %d %lf %c %d%n", "%2c%d%lf%3c%d%n", "%s %u %lf %s %u%n",
     "%[^0-9]%d %lf %s %x%n", "%s %*s%d %lf %s %d%n", "%s %d %la %s %d%n", "%s %d %le%s %d%n"};
  for (auto in : inputs) for (auto f : fmts) T(in, f);
  printf("%ld / %ld mismatches\n", fails, total);
}
