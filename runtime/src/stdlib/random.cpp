// random, srandom, initstate, setstate; rand and srand use the same generator (so
// RAND_MAX is 2^31 - 1), and rand_r its own tiny one.
//
// The generator is an additive lagged Fibonacci one, x[n] = x[n-r] + x[n-s] mod 2^32,
// over the caller's state array, with lags from primitive trinomials so the period is
// long: (7,3), (15,1), (31,3), (63,1) for state arrays of 32, 64, 128 and 256 bytes.
// An 8..31-byte state is a plain linear congruential generator. Word 0 of a state array
// records its kind and position, so setstate() can resume it.
#include <errno.h>
#include <stdlib.h>
#include <stdint.h>

#include "support/lock.h"

namespace pure {
namespace {

struct Kind {
  uint32_t degree;  // r: words of lagged state (0: LCG)
  uint32_t lag;     // s
};
constexpr Kind kKinds[] = {{0, 0}, {7, 3}, {15, 1}, {31, 3}, {63, 1}};
constexpr size_t kKindBytes[] = {8, 32, 64, 128, 256};

// A state array: word 0 = kind | (position << 8), then the lag table (or the LCG word).
struct Generator {
  uint32_t* words;
  uint32_t kind() const { return words[0] & 0xff; }
  uint32_t pos() const { return words[0] >> 8; }
  void set(uint32_t kind, uint32_t pos) { words[0] = kind | (pos << 8); }

  void seed(uint32_t s) {
    const Kind& k = kKinds[kind()];
    uint32_t* t = words + 1;
    if (k.degree == 0) {
      t[0] = s;
      set(kind(), 0);
      return;
    }
    // Park and Miller's minimal standard generator spreads the seed over the table.
    uint64_t x = s ? s : 1;
    for (uint32_t i = 0; i < k.degree; i++) {
      x = x * 16807 % 2147483647;
      t[i] = static_cast<uint32_t>(x);
    }
    set(kind(), 0);
    for (uint32_t i = 0; i < 10 * k.degree; i++) next();  // forget the seeding pattern
  }

  long next() {
    const Kind& k = kKinds[kind()];
    uint32_t* t = words + 1;
    if (k.degree == 0) {
      t[0] = t[0] * 1103515245u + 12345u;
      return static_cast<long>(t[0] & 0x7fffffff);
    }
    uint32_t i = pos();
    uint32_t j = (i + k.degree - k.lag) % k.degree;  // x[n-s] is `lag` entries after x[n-r]
    t[i] += t[j];
    uint32_t v = t[i];
    set(kind(), (i + 1) % k.degree);
    return static_cast<long>(v >> 1);
  }
};

alignas(4) constinit uint32_t default_state[1 + 31] = {3};  // kind 3, seeded lazily
constinit Generator current{default_state};
constinit bool seeded = false;
constinit Lock lock;

void ensure_seeded() {
  if (!seeded) {
    current.seed(1);
    seeded = true;
  }
}

}  // namespace
}  // namespace pure

using pure::LockGuard;

extern "C" {

long random(void) {
  LockGuard guard(pure::lock);
  pure::ensure_seeded();
  return pure::current.next();
}

void srandom(unsigned seed) {
  LockGuard guard(pure::lock);
  pure::current.seed(seed);
  pure::seeded = true;
}

char* initstate(unsigned seed, char* state, size_t size) {
  if (size < 8) {
    errno = EINVAL;
    return nullptr;
  }
  uint32_t kind = 0;
  while (kind + 1 < sizeof pure::kKindBytes / sizeof pure::kKindBytes[0] && size >= pure::kKindBytes[kind + 1]) kind++;
  LockGuard guard(pure::lock);
  pure::ensure_seeded();
  char* old = reinterpret_cast<char*>(pure::current.words);
  pure::current.words = reinterpret_cast<uint32_t*>(state);
  pure::current.set(kind, 0);
  pure::current.seed(seed);
  return old;
}

char* setstate(char* state) {
  uint32_t* w = reinterpret_cast<uint32_t*>(state);
  if (!w || (w[0] & 0xff) >= sizeof pure::kKinds / sizeof pure::kKinds[0]) {
    errno = EINVAL;
    return nullptr;
  }
  LockGuard guard(pure::lock);
  pure::ensure_seeded();
  char* old = reinterpret_cast<char*>(pure::current.words);
  pure::current.words = w;
  return old;
}

int rand(void) { return static_cast<int>(random()); }

void srand(unsigned seed) { srandom(seed); }

// Three steps of an LCG, keeping the better high bits of each, make 31 bits.
int rand_r(unsigned* seed) {
  unsigned x = *seed;
  unsigned r = 0;
  for (int i = 0; i < 3; i++) {
    x = x * 1103515245u + 12345u;
    r = (r << 11) ^ (x >> 16);
  }
  *seed = x;
  return static_cast<int>(r & 0x7fffffff);
}

}  // extern "C"
