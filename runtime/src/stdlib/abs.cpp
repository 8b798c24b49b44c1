// abs, labs, llabs, imaxabs, div, ldiv, lldiv and imaxdiv. C division truncates toward
// zero, which is what the standard asks of quot and rem.
#include <inttypes.h>
#include <stdlib.h>

extern "C" {
int abs(int i) { return i < 0 ? -i : i; }
long labs(long i) { return i < 0 ? -i : i; }
long long llabs(long long i) { return i < 0 ? -i : i; }
intmax_t imaxabs(intmax_t i) { return i < 0 ? -i : i; }
div_t div(int n, int d) { return {n / d, n % d}; }
ldiv_t ldiv(long n, long d) { return {n / d, n % d}; }
lldiv_t lldiv(long long n, long long d) { return {n / d, n % d}; }
imaxdiv_t imaxdiv(intmax_t n, intmax_t d) { return {n / d, n % d}; }
}
