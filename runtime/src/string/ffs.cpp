// ffs, ffsl and ffsll: 1 + the index of the lowest set bit, 0 for 0.
#include <strings.h>

extern "C" {
int ffs(int i) { return i ? __builtin_ctz(static_cast<unsigned>(i)) + 1 : 0; }
int ffsl(long i) { return i ? __builtin_ctzl(static_cast<unsigned long>(i)) + 1 : 0; }
int ffsll(long long i) { return i ? __builtin_ctzll(static_cast<unsigned long long>(i)) + 1 : 0; }
}
