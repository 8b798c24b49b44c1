// Host differential test: the float parser (support/format/float_parse.h) against glibc's
// strtof/strtod/strtold: value bits, end pointer and errno, on edge cases and random inputs; prints "0 / N mismatches" when all agree.
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <cerrno>
#include <cmath>
#include <cfloat>
#include "support/format/float_parse.h"
using namespace pure::format;
static long fails, total;
template <class T> bool same(T a, T b) { return memcmp(&a, &b, sizeof(T) == 16 ? 10 : sizeof(T)) == 0 || (a != a && b != b); }
template <class T> T libc(const char* s, char** e);
template <> float libc<float>(const char* s, char** e) { return strtof(s, e); }
template <> double libc<double>(const char* s, char** e) { return strtod(s, e); }
template <> long double libc<long double>(const char* s, char** e) { return strtold(s, e); }
template <class T> void t(const char* s) {
  const char* e1; int err = 0;
  T a = parse_float<T>(s, &e1, &err);
  char* e2; errno = 0; T b = libc<T>(s, &e2); int err2 = errno;
  total++;
  if (!same(a, b) || e1 != e2 || err != err2) {
    if (fails++ < 30) printf("MISMATCH %zu [%.80s]: ours %.25Lg end %ld err %d; libc %.25Lg end %ld err %d\n", sizeof(T), s, (long double)a, (long)(e1 - s), err, (long double)b, (long)(e2 - s), err2);
  }
}
template <class T> void all(const char* s) { t<T>(s); }
void each(const char* s) { all<float>(s); all<double>(s); all<long double>(s); }
int main(int argc, char** argv) {
  const char* v[] = {"0", "1", "-1", "0.1", "1e10", "1.5e-5", "  +3.25", "inf", "-Infinity", "infin", "nan", "-nan", "nan(123)", "nan(0x7f)", "nan(abc", "nan()",
    "0x1p0", "0x1.8p1", "0x.8p0", "0x", "0x.", "0xg", "0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
    "1e309", "-1e309", "1e-400", "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324", "2.2250738585072011e-308", "2.2250738585072014e-308",
    "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", ".", "e5", "1e", "1e+", "1.e5", ".5", "5.", "00000.000001", "1e-5000", "1e5000",
    "123456789012345678901234567890", "0.000000000000000000000000000000000000000000001", "3.4028235e38", "3.4028236e38", "1.4e-45", "7e-46", "1.17549435e-38",
    "9007199254740993", "9007199254740993.0000000000000000000001", "1.18973149535723176502e+4932", "1.18973149535723176508e+4932", "3.6451995318824746025e-4951", "1.8225997659412373012e-4951",
    "1.82259976594123730126e-4951", "6.475175119438025110924438958227646552e-4966", "0x1p-16445", "0x1p-16446", "0x1p-16494", "0x1p16384", "1e4933", "12.34e-2x", "-0", "-0.0e10", "0e999999999999", "1e-99999999999999",
  };
  for (auto s : v) each(s);
  srand(argc > 1 ? atoi(argv[1]) : 1);
  char buf[2000];
  for (int i = 0; i < 200000; i++) {
    // random doubles printed with various precisions, plus near-halfway strings
    unsigned long long bits = 0; for (int j = 0; j < 4; j++) bits = (bits << 16) ^ (rand() & 0xffff);
    double d; memcpy(&d, &bits, 8); if (d != d || d - d != 0) continue;
    int p = rand() % 25; snprintf(buf, sizeof buf, "%.*e", p, d); each(buf);
    snprintf(buf, sizeof buf, "%.40e", d); each(buf);
    snprintf(buf, sizeof buf, "%a", d); each(buf);
    if (i % 100 == 0) { snprintf(buf, sizeof buf, "%.1000e", d); each(buf); }
    // halfway between d and next: print exactly
    double n = nextafter(d, INFINITY); long double mid = ((long double)d + (long double)n) / 2;
    snprintf(buf, sizeof buf, (i%20==0) ? "%.1100Le" : "%.60Le", mid); t<double>(buf);
    float f = (float)d; float fn = nextafterf(f, INFINITY); double fm = ((double)f + fn) / 2; snprintf(buf, sizeof buf, "%.60e", fm); t<float>(buf);
  }
  for (int i = 0; i < 50000; i++) {
    unsigned long long m = 0; for (int j = 0; j < 4; j++) m = (m << 16) ^ (rand() & 0xffff); m |= 1ULL << 63; unsigned short se = rand() & 0x7fff; if (se == 0x7fff) se--;
    long double v = 0; memcpy(&v, &m, 8); memcpy((char*)&v + 8, &se, 2);
    snprintf(buf, sizeof buf, "%.*Le", rand() % 30, v); t<long double>(buf);
    snprintf(buf, sizeof buf, "%La", v); t<long double>(buf);
  }
  printf("%ld / %ld mismatches\n", fails, total);
  return fails != 0;
}
