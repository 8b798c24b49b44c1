// scandir, scandirat, alphasort, versionsort.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dirent/dir.h"
#include "support/errno.h"

namespace pure {
namespace {

int scan(DIR* d, struct dirent*** namelist, int (*filter)(const struct dirent*),
         int (*compare)(const struct dirent**, const struct dirent**)) {
  struct dirent** list = nullptr;
  size_t count = 0, cap = 0;
  int saved_errno = errno;
  int error = 0;
  for (;;) {
    errno = 0;
    struct dirent* e = readdir(d);
    if (!e) {
      error = errno;
      break;
    }
    if (filter && !filter(e)) continue;
    if (count == cap) {
      size_t ncap = cap ? cap * 2 : 16;
      auto* n = static_cast<struct dirent**>(realloc(list, ncap * sizeof *list));
      if (!n) {
        error = ENOMEM;
        break;
      }
      list = n;
      cap = ncap;
    }
    // Each copy keeps the full struct size, so callers may read any member safely.
    auto* copy = static_cast<struct dirent*>(malloc(sizeof(struct dirent)));
    if (!copy) {
      error = ENOMEM;
      break;
    }
    size_t n = e->d_reclen < sizeof *copy ? e->d_reclen : sizeof *copy;
    memcpy(copy, e, n);
    list[count++] = copy;
  }
  closedir(d);
  if (error || count > static_cast<size_t>(__INT_MAX__)) {
    while (count) free(list[--count]);
    free(list);
    return fail(error ? error : EOVERFLOW, -1);
  }
  if (compare)
    qsort(list, count, sizeof *list, reinterpret_cast<int (*)(const void*, const void*)>(compare));
  *namelist = list;
  errno = saved_errno;
  return static_cast<int>(count);
}

// strverscmp's order. Where the names first differ inside digit runs, the runs compare as
// numbers: a run of two or more digits starting with '0' is a fraction and sorts before any
// integer; fractions with more leading zeros sort first, then by their remaining digits as
// text; integers compare by length, then digit by digit.
int version_compare(const char* a, const char* b) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  size_t i = 0;
  while (a[i] == b[i]) {
    if (!a[i]) return 0;
    i++;
  }
  size_t start = i;
  while (start > 0 && digit(a[start - 1])) start--;
  auto byte_order = [&] { return static_cast<unsigned char>(a[i]) - static_cast<unsigned char>(b[i]); };
  if (!digit(a[start]) || !digit(b[start]) || (start == i && !(digit(a[i]) && digit(b[i])))) return byte_order();
  size_t ea = start, eb = start;
  while (digit(a[ea])) ea++;
  while (digit(b[eb])) eb++;
  bool frac_a = a[start] == '0' && ea - start > 1, frac_b = b[start] == '0' && eb - start > 1;
  if (frac_a != frac_b) return frac_a ? -1 : 1;
  if (frac_a) {
    size_t za = start, zb = start;
    while (a[za] == '0' && za < ea) za++;
    while (b[zb] == '0' && zb < eb) zb++;
    if (za - start != zb - start) return (za - start) > (zb - start) ? -1 : 1;
    for (; za < ea && zb < eb; za++, zb++)
      if (a[za] != b[zb]) return a[za] < b[zb] ? -1 : 1;
    if (ea - za != eb - zb) return (ea - za) < (eb - zb) ? -1 : 1;
    return byte_order();  // equal runs: the difference is after them
  }
  if (ea - start != eb - start) return ea - start < eb - start ? -1 : 1;
  return byte_order();
}

}  // namespace
}  // namespace pure

extern "C" {

int scandir(const char* path, struct dirent*** namelist, int (*filter)(const struct dirent*),
            int (*compare)(const struct dirent**, const struct dirent**)) {
  DIR* d = opendir(path);
  if (!d) return -1;
  return pure::scan(d, namelist, filter, compare);
}

int scandirat(int dirfd, const char* path, struct dirent*** namelist, int (*filter)(const struct dirent*),
              int (*compare)(const struct dirent**, const struct dirent**)) {
  long fd = pure::syscall(__NR_openat, dirfd, path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (pure::is_error(fd)) return static_cast<int>(pure::to_errno(fd));
  DIR* d = pure::dir_from_fd(static_cast<int>(fd));
  if (!d) {
    pure::syscall(__NR_close, fd);
    return -1;
  }
  return pure::scan(d, namelist, filter, compare);
}

int alphasort(const struct dirent** a, const struct dirent** b) { return strcoll((*a)->d_name, (*b)->d_name); }

int versionsort(const struct dirent** a, const struct dirent** b) {
  return pure::version_compare((*a)->d_name, (*b)->d_name);
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(scandir, scandir64);
PURE_ALIAS(alphasort, alphasort64);
PURE_ALIAS(versionsort, versionsort64);
