/* rand/srand, random/srandom/initstate/setstate, rand_r and the drand48 family:
   ranges, reproducibility from a seed, and the 48-bit recurrence POSIX defines. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "../check.h"

int main(void) {
  int bad = 0;
  srand(1);
  int first[10];
  for (int i = 0; i < 10; i++) first[i] = rand();
  srand(1);
  for (int i = 0; i < 10; i++)
    if (rand() != first[i]) bad++;
  for (int i = 0; i < 10000; i++) {
    int r = rand();
    if (r < 0 || r > RAND_MAX) bad++;
  }
  CHECK_INT(bad, 0);
  CHECK(first[0] != first[1] || first[1] != first[2]);

  /* The bits are not stuck: every one of the 31 bits changes within 1000 draws. */
  long or_all = 0, and_all = 0x7fffffff;
  for (int i = 0; i < 1000; i++) {
    long r = random();
    or_all |= r;
    and_all &= r;
  }
  CHECK(or_all == 0x7fffffff);
  CHECK(and_all == 0);

  /* initstate/setstate: two independent generators. */
  static char s1[256], s2[128];
  char *orig = initstate(7, s1, sizeof s1);
  CHECK(orig != NULL);
  long a1 = random(), a2 = random();
  initstate(7, s2, sizeof s2);
  long b1 = random();
  setstate(s1);
  initstate(7, s1, sizeof s1); /* reseed s1 */
  CHECK(random() == a1);
  CHECK(random() == a2);
  (void)b1;
  CHECK(setstate(orig) == s1);
  CHECK(initstate(1, s1, 4) == NULL); /* too small */

  unsigned seed = 99, seed2 = 99;
  int r1 = rand_r(&seed), r2 = rand_r(&seed2);
  CHECK_INT(r1, r2);
  CHECK(r1 >= 0 && r1 <= RAND_MAX);
  CHECK(seed == seed2 && seed != 99);

  /* drand48: x[n+1] = (0x5DEECE66D * x[n] + 0xB) mod 2^48, with srand48(s) giving
     x = s << 16 | 0x330E. So from srand48(0): x1 = 0x5DEECE66D * 0x330E + 0xB. */
  srand48(0);
  unsigned long long x1 = (0x5DEECE66DULL * 0x330EULL + 0xBULL) & 0xFFFFFFFFFFFFULL;
  CHECK(lrand48() == (long)(x1 >> 17));
  unsigned long long x2 = (0x5DEECE66DULL * x1 + 0xBULL) & 0xFFFFFFFFFFFFULL;
  CHECK(mrand48() == (long)(int)(unsigned)(x2 >> 16));
  unsigned long long x3 = (0x5DEECE66DULL * x2 + 0xBULL) & 0xFFFFFFFFFFFFULL;
  CHECK(drand48() == (double)x3 / 281474976710656.0);
  unsigned short xs[3] = {0x330E, 0, 0};
  CHECK(nrand48(xs) == (long)(x1 >> 17));
  CHECK(xs[0] == (unsigned short)x1 && xs[1] == (unsigned short)(x1 >> 16));
  double d = erand48(xs);
  CHECK(d >= 0.0 && d < 1.0);
  unsigned short seed16[3] = {1, 2, 3};
  unsigned short *old = seed48(seed16);
  CHECK(old != NULL);
  unsigned long long s = 1 | 2ULL << 16 | 3ULL << 32;
  unsigned long long y = (0x5DEECE66DULL * s + 0xBULL) & 0xFFFFFFFFFFFFULL;
  CHECK(lrand48() == (long)(y >> 17));
  unsigned short p[7] = {0, 0, 1, 2, 0, 0, 3}; /* x = 2^32, a = 2, c = 3 */
  lcong48(p);
  CHECK_INT(lrand48(), ((1ULL << 33) + 3) >> 17);
  srand48(0); /* back to the standard a and c */
  unsigned short js[3] = {0x330E, 0, 0};
  CHECK(jrand48(js) == (long)(int)(unsigned)(x1 >> 16));

  /* arc4random: from the kernel; check ranges and that the bytes vary. */
  unsigned char buf[64] = {0};
  arc4random_buf(buf, sizeof buf);
  int nonzero = 0;
  for (int i = 0; i < 64; i++) nonzero += buf[i] != 0;
  CHECK(nonzero > 32); /* all-zero output would be a broken generator */
  CHECK(arc4random() != arc4random() || arc4random() != arc4random());
  bad = 0;
  int seen[7] = {0};
  for (int i = 0; i < 2000; i++) {
    unsigned v = arc4random_uniform(7);
    if (v >= 7) bad++;
    else seen[v]++;
  }
  for (int i = 0; i < 7; i++)
    if (seen[i] == 0) bad++;
  CHECK_INT(bad, 0);
  CHECK_INT(arc4random_uniform(0), 0);
  CHECK_INT(arc4random_uniform(1), 0);
  return check_done();
}
