// a64l and l64a (POSIX): 32-bit values in a radix-64 notation, least significant digit
// first, with the digits "./0-9A-Za-z".
#include <stdlib.h>
#include <stdint.h>

namespace {
constexpr char kDigits[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

int digit(char c) {
  if (c == '.') return 0;
  if (c == '/') return 1;
  if (c >= '0' && c <= '9') return c - '0' + 2;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 12;
  if (c >= 'a' && c <= 'z') return c - 'a' + 38;
  return -1;
}
}  // namespace

extern "C" {

long a64l(const char* s) {
  uint32_t v = 0;
  for (int i = 0; i < 6; i++) {
    int d = digit(s[i]);
    if (d < 0) break;
    v |= static_cast<uint32_t>(d) << (6 * i);
  }
  return static_cast<int32_t>(v);  // sign-extended from 32 bits, as POSIX asks
}

char* l64a(long value) {
  static constinit char buffer[7];  // POSIX allows one static result
  uint32_t v = static_cast<uint32_t>(value);
  int i = 0;
  for (; v; v >>= 6) buffer[i++] = kDigits[v & 63];
  buffer[i] = 0;
  return buffer;
}

}  // extern "C"
