// swab: copy bytes, exchanging each adjacent pair (an odd last byte is left alone).
#include <unistd.h>

extern "C" void swab(const void* __restrict from, void* __restrict to, ssize_t n) {
  auto* src = static_cast<const unsigned char*>(from);
  auto* dst = static_cast<unsigned char*>(to);
  for (ssize_t i = 0; i + 1 < n; i += 2) {
    dst[i] = src[i + 1];
    dst[i + 1] = src[i];
  }
}
