// fread and fwrite (and their unlocked forms): whole items through the buffer.
#include "stdio/file.h"

using namespace pure::stdio;

namespace {
size_t total_of(size_t size, size_t n) {
  size_t t;
  if (__builtin_mul_overflow(size, n, &t)) return 0;
  return t;
}
}  // namespace

extern "C" size_t fread_unlocked(void* __restrict p, size_t size, size_t n, FILE* __restrict f) {
  size_t total = total_of(size, n);
  if (total == 0) return 0;
  return read_unlocked(f, p, total) / size;
}

extern "C" size_t fread(void* __restrict p, size_t size, size_t n, FILE* __restrict f) {
  FileGuard g(f);
  return fread_unlocked(p, size, n, f);
}

extern "C" size_t fwrite_unlocked(const void* __restrict p, size_t size, size_t n, FILE* __restrict f) {
  size_t total = total_of(size, n);
  if (total == 0) return 0;
  return write_unlocked(f, p, total) / size;
}

extern "C" size_t fwrite(const void* __restrict p, size_t size, size_t n, FILE* __restrict f) {
  FileGuard g(f);
  return fwrite_unlocked(p, size, n, f);
}
