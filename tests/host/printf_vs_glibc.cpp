// Host differential test: the printf engine (support/format/printf_core.h) against glibc's snprintf
// on fixed cases and millions of random doubles and long doubles; prints "0 / N mismatches" when all agree.
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <cstdarg>
#include <cmath>
#include <cfloat>
#include <cwchar>
#include <clocale>
#include "support/format/printf_core.h"
namespace pure::format { const char* error_text(int e) { return strerror(e); } }
using namespace pure::format;
static char scratch[1<<20];
static bool drain_discard(Sink<char>& s){ s.flushed += s.pos - s.start; s.pos=s.start=scratch; s.end=scratch+sizeof scratch; return true;}
static int ours(char* buf, size_t n, const char* fmt, ...) {
  va_list ap; va_start(ap, fmt);
  Sink<char> s{buf, buf + n - 1, buf, 0, false, 0, drain_discard};
  int r = vformat(s, fmt, ap, errno);
  if (s.start == buf) *s.pos = 0; else buf[n-1]=0;
  va_end(ap); return r;
}
static long fails, total;
#define T(...) do { static char a[70000], b[70000]; int ra = ours(a, sizeof a, __VA_ARGS__); int rb = snprintf(b, sizeof b, __VA_ARGS__); total++; \
  if (ra != rb || strcmp(a,b)) { if (fails++ < 40) printf("MISMATCH line %d fmt=%s\n ours=[%.200s] %d\n libc=[%.200s] %d\n", __LINE__, #__VA_ARGS__, a, ra, b, rb); } } while(0)
static double rnd_double(){ unsigned long long b=0; for(int i=0;i<4;i++) b=(b<<16)^(rand()&0xffff); double d; memcpy(&d,&b,8); return d; }
static long double rnd_ld(){ unsigned long long m=0; for(int i=0;i<4;i++) m=(m<<16)^(rand()&0xffff); m |= 1ULL<<63; unsigned short se = rand()&0xffff; if((se&0x7fff)==0x7fff) se--; if((se&0x7fff)==0) m>>=(rand()%64); long double v=0; memcpy(&v,&m,8); memcpy((char*)&v+8,&se,2); return v; }
int main(int argc, char** argv) { setlocale(LC_ALL, "C.UTF-8");
  T("%d %i %u %o %x %X", 42, -42, 42u, 8, 255, 255);
  T("[%5d] [%-5d] [%05d] [%+d] [% d] [%.3d] [%8.3d] [%-8.3d] [%08.3d]", 7, 7, 7, 7, 7, 7, -7, 7, 7);
  T("%hhd %hd %ld %lld %jd %zd %td", 300, 70000, -1L, -1LL, (long)5, (size_t)6, (long)7);
  T("%hhu %hu %lu %llx %#o %#x %#X %#o %#x", 300, 70000, -1L, -1LL, 0, 0, 255, 8, 255);
  T("[%.0d] [%.0x] [%#.0o] [%5.0d]", 0, 0, 0, 0);
  T("%c%c%c [%5c] [%-5c]", 'a', 'b', 'c', 'x', 'y');
  T("%s [%10s] [%-10s] [%.2s] [%10.2s] %s", "hi", "hi", "hi", "hello", "hello", (char*)0);
  T("[%.3s]", (char*)0);
  T("%p %p [%20p] [%-20p]", (void*)0, (void*)0x1234, (void*)0x1234, (void*)0);
  T("%+p % p", (void*)0x1234, (void*)0x1234);
  T("%5%|%-5%|");
  T("%2$s %1$s %3$d", "a", "b", 3);
  T("%1$*2$.*3$f|%4$s", 3.14159, 10, 2, "x");
  T("%*d|%-*d|%*d|%.*f|%.*f", 5, 1, 5, 2, -5, 3, 2, 1.0, -1, 1.0);
  T("%ls|%5ls|%.2ls|%lc", L"wide", L"ab", L"\u00e9\u00e9", (wint_t)L'\u20ac');
  T("%f %e %g %a", 0.0, 0.0, 0.0, 0.0);
  T("%f %e %g %a", -0.0, -0.0, -0.0, -0.0);
  T("%f %F %e %E %g %G %a %A", INFINITY, -INFINITY, NAN, -NAN, INFINITY, NAN, INFINITY, -NAN);
  T("[%010f] [%-10f] [%+f] [% f] [%010.3e]", INFINITY, NAN, INFINITY, NAN, -INFINITY);
  T("%.17g %.17g %.17g %.0f %.0f %.0f %.0f", 0.1, 1.0/3, 2.0/3, 0.5, 1.5, 2.5, 3.5);
  T("%a %a %a %a %a", 1.0, 0.1, -2.5, 1e-310, DBL_MAX);
  T("%.0a %.0a %.0a %.1a %.2a %.20a", 1.5, 2.5, 1.0, 1.96875, 0.1, 0.1);
  T("%#a %#.0a %#x %#.0f %#.0e %#g %#g %#.3g", 1.0, 1.0, 0, 1.0, 1.0, 1.0, 100000.0, 1.0);
  T("%g %g %g %g %g %g %g %g", 100000.0, 1000000.0, 1e-4, 1e-5, 123456789.0, 0.0001234, 9.9999995, 999999.5);
  T("%.3g %.3g %.3g %.10g %.0g %.1g", 9995.0, 0.0009995, 1.0, 1.0/7, 0.5, 0.05);
  T("%f %f %f %.3f %.10f", 1e300, DBL_MAX, 1e-300, 0.0005, DBL_MIN);
  T("%.1100f", DBL_MIN);
  T("%.1100f", 4.9e-324);
  T("%e %e %e %.0e %.30e", DBL_MAX, DBL_MIN, 4.9e-324, 5e-324, 0.1);
  T("%Lf %Le %Lg %La", 1.0L, 1.0L, 1.0L, 1.0L);
  T("%La %La %La %La %.3La %.0La", 0.1L, LDBL_MAX, LDBL_MIN, LDBL_MIN/4, 0.1L, 1.5L);
  T("%Lf", LDBL_MAX);
  T("%Le %Lg %.30Le", LDBL_MIN, LDBL_MIN/1000, LDBL_MIN/1e10L);
  T("%.0Lf %.0Lf", 0.5L, 1.5L);
  T("[%20.5f] [%-20.5e] [%020.5g] [%+020a] [% 20.3A]", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159);
  T("%b %#b %#B %.8b", 5u, 5u, 5u, 5u);
  T("%y %");
  T("%m %5m", 0, 0);
  T("%hhn%d", (signed char*)scratch, 1);
  T("abc%ndef", (int*)scratch);
  T("%.*e|%.*g", 40, 1.0/3, 40, 1.0/3);
  T("%5.1s|", "xyz");
  T("%lld %lld", (long long)-9223372036854775807LL-1, 9223372036854775807LL);
  T("%#.3x %#5o %#-8x| %-#10.4o|", 5, 5, 5, 5);
  T("%'d %I d", 1234567, 5);
  T("%.3a %.3A %a", 0x1.fffffp0, 0x1.ffff8p0, 0x1.0000000000001p0);
  T("%.0e %.0e %.0e %.1e", 0.5, 1.5, 2.5, 0.25);
  T("%.2f %.2f %.2f %.1f", 0.125, 0.375, 1.005, 0.05);
  T("%g %g", 1e100, 1e-100);
  T("%.13a %.12a %.14a", 1.0000000000000002, 1.0000000000000002, 1.0);
  srand(argc > 1 ? atoi(argv[1]) : 1);
  for (int i = 0; i < 200000; i++) {
    double d = rnd_double();
    int p = rand() % 30;
    T("%.*e", p, d); T("%.*g", p, d); T("%.*a", p % 16, d); T("%.17g", d); T("%a", d); T("%.*f", p, d);
    T("%g", d); T("%e", d); T("%#.*g", p, d);
  }
  for (int i = 0; i < 50000; i++) {
    long double d = rnd_ld();
    int p = rand() % 40;
    T("%.*Le", p, d); T("%.*Lg", p, d); T("%.*La", p % 18, d); T("%La", d); T("%Lg", d);
    if (i % 50 == 0) T("%.*Lf", p, d);
  }
  for (int i = 0; i < 20000; i++) {
    unsigned long long m=0; for(int j=0;j<4;j++) m=(m<<16)^(rand()&0xffff); m >>= 1 + rand()%63; unsigned short se = (rand()&1) ? 0x8000 : 0;
    long double v=0; memcpy(&v,&m,8); memcpy((char*)&v+8,&se,2);
    int p = rand() % 40;
    T("%.*Le", p, v); T("%La", v); T("%.*La", p % 18, v); T("%Lg", v);
    double d; unsigned long long b = m >> 12; memcpy(&d, &b, 8);
    T("%.*e", p, d); T("%a", d); T("%.*a", p % 14, d); T("%g", d);
  }
  for (int i = 0; i < 100000; i++) {
    // near-halfway and small-integer values
    double d = (rand() % 100000) / 1000.0 + 0.0005 * (rand() % 3);
    int p = rand() % 6;
    T("%.*f", p, d); T("%.*e", p, d); T("%.*g", p, d);
  }
  printf("%ld / %ld mismatches\n", fails, total);
  return fails != 0;
}
