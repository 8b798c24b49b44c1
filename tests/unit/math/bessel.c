/* Bessel functions j0, j1, jn, y0, y1, yn (XSI) and their f/l forms: values against
   300-bit references (mpmath, 40 digits here), special values and errno. */
#define _GNU_SOURCE
#include <errno.h>
#include "math_test.h"

struct BRow {
  int n;
  double x;
  long double j, y; /* J_n(x), Y_n(x) */
};

static const struct BRow rows[] = {
    {0, 0.5, 9.384698072408129042284046735997126255689e-1L, -4.445187335067065571483984750683319103736e-1L},
    {0, 2.404825557695773, -6.108765259736730397081979074235388478631e-17L, 5.099243834484790651759590124201308446262e-1L},
    {0, 10, -2.459357644513483351977608624853287538296e-1L, 5.567116728359939142445987741019004814513e-2L},
    {0, 50, 5.581232766925181500475047852943396817659e-2L, -9.806499547007707902921145344037043200791e-2L},
    {0, 1000, 2.478668615242017456133073111569370878617e-2L, 4.715917977622813399773261465665255009859e-3L},
    {1, 0.5, 2.422684576748738863839545761415316408006e-1L, -1.471472392670243069188584635323297453241L},
    {1, 3, 3.390589585259364589255145972064788969731e-1L, 3.246744247917999784370128392879532396693e-1L},
    {1, 40, 1.260383180375849992056027218391718766899e-1L, -5.793505821549632941193851787935048951514e-3L},
    {1, 1e-5, 4.999999999937500409015529971485141244669e-6L, -6.366197727536547994973069516470051534853e+4L},
    {2, 1, 1.149034849319004804696468813351666053455e-1L, -1.650682606816254391077226766119444803928L},
    {5, 10, -2.340615281867936404436949416457777864635e-1L, 1.354030476893623031970290147622417090884e-1L},
    {20, 5, 2.770330052128941687394018736817332007774e-11L, -5.933965296914320692145735544965903840235e+8L},
    {50, 60, -1.379827314853521204732210269201133785234e-1L, 8.641769962674490286791393564741645252958e-3L},
    {3, 100, 7.628420172033194340929021089325872300822e-2L, 2.344578668776091156022929837496937891445e-2L},
    {-3, 2.5, -2.166003910391135247666890035159637217168e-1L, 7.560554967536709968379029772292979698268e-1L},
};

/* Error in ulps of a format with `prec` bits, measured against max(|ref|, 2^-40): the
   functions promise relative accuracy away from their zeros and absolute accuracy at them. */
static long double err(long double got, long double ref, int prec) {
  long double a = ref < 0 ? -ref : ref;
  if (a < 0x1p-40L) a = 0x1p-40L;
  int e;
  frexpl(a, &e);
  long double d = got - ref;
  if (d < 0) d = -d;
  return ldexpl(d, prec - e);
}

static void check_rows(void) {
  for (unsigned i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    const struct BRow *r = &rows[i];
    double jd = r->n == 0 ? j0(r->x) : r->n == 1 ? j1(r->x) : jn(r->n, r->x);
    double yd = r->n == 0 ? y0(r->x) : r->n == 1 ? y1(r->x) : yn(r->n, r->x);
    long double jl = jnl(r->n, r->x), yl = ynl(r->n, r->x);
    float jf = jnf(r->n, (float)r->x);
    long double e[4] = {err(jd, r->j, DBL_MANT_DIG), err(yd, r->y, DBL_MANT_DIG),
                        err(jl, r->j, LDBL_MANT_DIG), err(yl, r->y, LDBL_MANT_DIG)};
    long double lim[4] = {0.6L, 0.6L, 1.1L, 1.1L};
    for (int k = 0; k < 4; k++) {
      check_count++;
      if (!(e[k] < lim[k])) {
        check_failures++;
        fprintf(stderr, "FAIL: %s%s(%d, %g): %Lg ulp\n", k & 1 ? "yn" : "jn", k >= 2 ? "l" : "", r->n,
                r->x, e[k]);
      }
    }
    /* float: the argument itself is rounded; allow for that. */
    if ((double)(float)r->x == r->x) {
      check_count++;
      if (!(err(jf, r->j, FLT_MANT_DIG) < 0.6L)) {
        check_failures++;
        fprintf(stderr, "FAIL: jnf(%d, %g) == %a\n", r->n, r->x, (double)jf);
      }
    }
  }
}

int main(void) {
  check_rows();
  CHECK_D(j0(0.0), 1.0);
  CHECK_D(j1(-0.0), -0.0);
  CHECK_D(jn(2, 0.0), 0.0);
  CHECK_D(j0(INFINITY), 0.0);
  CHECK_D(j1(-INFINITY), 0.0);
  CHECK(isnan(j0(NAN)));
  CHECK_D(j1(-3.0), -j1(3.0));
  CHECK_D(jn(3, -2.0), -jn(3, 2.0));
  CHECK_D(jn(-2, 2.0), jn(2, 2.0));
  CHECK_D(jn(-3, 2.0), -jn(3, 2.0));
  CHECK_F(j0f(0.0f), 1.0f);
  CHECK_L(j0l(0.0L), 1.0L);
  CHECK_D(y0(INFINITY), 0.0);
  CHECK(isnan(y1(NAN)));
  errno = 0;
  CHECK_D(y0(0.0), -INFINITY);
  CHECK_INT(errno, ERANGE);
  errno = 0;
  CHECK_D(yn(3, -0.0), -INFINITY);
  CHECK_INT(errno, ERANGE);
  errno = 0;
  CHECK_D(y1(-1.0), -INFINITY);
  CHECK_INT(errno, EDOM);
  errno = 0;
  CHECK_F(y0f(-2.0f), -INFINITY);
  CHECK_INT(errno, EDOM);
  errno = 0;
  CHECK_D(yn(300, 1.0), -INFINITY); /* overflows */
  CHECK_INT(errno, ERANGE);
  CHECK_D(jn(300, 1.0), 0.0);       /* underflows */
  CHECK(isfinite(ynl(300, 1.0L)) == (LDBL_MAX_EXP > 2000));
  return check_done();
}
