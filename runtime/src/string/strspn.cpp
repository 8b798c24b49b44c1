// strspn, strcspn and strpbrk: a 256-bit set of the accepted/rejected bytes.
#include <string.h>

#include <stdint.h>

namespace pure {
namespace {

struct ByteSet {
  uint64_t bits[4] = {};
  explicit ByteSet(const char* chars) {
    for (const unsigned char* p = reinterpret_cast<const unsigned char*>(chars); *p; p++)
      bits[*p >> 6] |= uint64_t{1} << (*p & 63);
  }
  bool has(unsigned char c) const { return bits[c >> 6] >> (c & 63) & 1; }
};

}  // namespace
}  // namespace pure

extern "C" {

size_t strspn(const char* s, const char* accept) {
  if (!accept[0]) return 0;
  if (!accept[1]) {
    size_t i = 0;
    while (s[i] == accept[0]) i++;
    return i;
  }
  pure::ByteSet set(accept);
  size_t i = 0;
  while (s[i] && set.has(static_cast<unsigned char>(s[i]))) i++;
  return i;
}

size_t strcspn(const char* s, const char* reject) {
  if (!reject[0] || !reject[1]) return static_cast<size_t>(strchrnul(s, reject[0]) - s);
  pure::ByteSet set(reject);
  size_t i = 0;
  while (s[i] && !set.has(static_cast<unsigned char>(s[i]))) i++;
  return i;
}

char* strpbrk(const char* s, const char* accept) {
  s += strcspn(s, accept);
  return *s ? const_cast<char*>(s) : nullptr;
}

}  // extern "C"
