// The 48-bit linear congruential family (POSIX): x[n+1] = (a * x[n] + c) mod 2^48, with
// a = 0x5DEECE66D and c = 0xB until lcong48() changes them.
#include <stdlib.h>
#include <stdint.h>

#include "support/lock.h"

namespace pure {
namespace {

struct Lcg48 {
  unsigned short x[3];
  unsigned short a[3];
  unsigned short c;
};
constinit Lcg48 state = {{0x330e, 0, 0}, {0xe66d, 0xdeec, 0x5}, 0xb};
constinit unsigned short seed_return[3];
constinit Lock lock;

inline uint64_t get48(const unsigned short v[3]) {
  return uint64_t{v[0]} | uint64_t{v[1]} << 16 | uint64_t{v[2]} << 32;
}
inline void put48(unsigned short v[3], uint64_t x) {
  v[0] = static_cast<unsigned short>(x);
  v[1] = static_cast<unsigned short>(x >> 16);
  v[2] = static_cast<unsigned short>(x >> 32);
}

// Advances xsubi with the current multiplier and addend; returns the new 48-bit value.
uint64_t step(unsigned short xsubi[3]) {
  uint64_t a, c;
  {
    LockGuard guard(lock);
    a = get48(state.a);
    c = state.c;
  }
  uint64_t x = (a * get48(xsubi) + c) & ((uint64_t{1} << 48) - 1);
  put48(xsubi, x);
  return x;
}

uint64_t step_global() {
  LockGuard guard(lock);
  uint64_t x = (get48(state.a) * get48(state.x) + state.c) & ((uint64_t{1} << 48) - 1);
  put48(state.x, x);
  return x;
}

// The 48 bits as a double in [0, 1).
inline double to_double(uint64_t x) { return static_cast<double>(x) * 0x1p-48; }

}  // namespace
}  // namespace pure

extern "C" {

double erand48(unsigned short xsubi[3]) { return pure::to_double(pure::step(xsubi)); }
double drand48(void) { return pure::to_double(pure::step_global()); }
long nrand48(unsigned short xsubi[3]) { return static_cast<long>(pure::step(xsubi) >> 17); }
long lrand48(void) { return static_cast<long>(pure::step_global() >> 17); }
long jrand48(unsigned short xsubi[3]) { return static_cast<int32_t>(static_cast<uint32_t>(pure::step(xsubi) >> 16)); }
long mrand48(void) { return static_cast<int32_t>(static_cast<uint32_t>(pure::step_global() >> 16)); }

void srand48(long seed) {
  pure::LockGuard guard(pure::lock);
  pure::put48(pure::state.x, (static_cast<uint64_t>(static_cast<uint32_t>(seed)) << 16) | 0x330e);
  pure::put48(pure::state.a, 0x5deece66dull);
  pure::state.c = 0xb;
}

unsigned short* seed48(unsigned short seed16v[3]) {
  pure::LockGuard guard(pure::lock);
  for (int i = 0; i < 3; i++) pure::seed_return[i] = pure::state.x[i];
  for (int i = 0; i < 3; i++) pure::state.x[i] = seed16v[i];
  pure::put48(pure::state.a, 0x5deece66dull);
  pure::state.c = 0xb;
  return pure::seed_return;
}

void lcong48(unsigned short param[7]) {
  pure::LockGuard guard(pure::lock);
  for (int i = 0; i < 3; i++) pure::state.x[i] = param[i];
  for (int i = 0; i < 3; i++) pure::state.a[i] = param[3 + i];
  pure::state.c = param[6];
}

}  // extern "C"
