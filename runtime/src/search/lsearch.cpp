// lsearch and lfind: linear search over an array; lsearch appends the key when absent.
#include <search.h>
#include <string.h>

namespace pure {
namespace {

char *find(const void *key, const void *base, size_t n, size_t width,
           int (*compar)(const void *, const void *)) {
  const char *p = static_cast<const char *>(base);
  for (size_t i = 0; i < n; ++i, p += width)
    if (compar(key, p) == 0) return const_cast<char *>(p);
  return nullptr;
}

}  // namespace
}  // namespace pure

extern "C" {

void *lfind(const void *key, const void *base, size_t *nelp, size_t width,
            int (*compar)(const void *, const void *)) {
  if (!nelp || !compar) return nullptr;
  return pure::find(key, base, *nelp, width, compar);
}

void *lsearch(const void *key, void *base, size_t *nelp, size_t width,
              int (*compar)(const void *, const void *)) {
  if (!nelp || !compar) return nullptr;
  if (char *hit = pure::find(key, base, *nelp, width, compar)) return hit;
  char *slot = static_cast<char *>(base) + *nelp * width;
  memcpy(slot, key, width);
  ++*nelp;
  return slot;
}

}
