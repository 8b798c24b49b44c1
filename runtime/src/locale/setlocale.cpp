// setlocale: queries or changes the global locale.
#include <errno.h>
#include <locale.h>
#include <string.h>

#include "locale/locale.h"
#include "support/errno.h"
#include "support/lock.h"

namespace pure {
namespace {

constinit Lock setlocale_lock;
// setlocale(LC_ALL, ...)'s answer when the categories differ: "LC_CTYPE=a;LC_NUMERIC=b;...".
constinit char composite_name[kCategoryCount * (kLocaleNameMax + 20)];

// The name for LC_ALL: the common name, or a composite one when categories differ.
char* all_name(const __pure_locale* loc) {
  bool same = true;
  for (int i = 1; i < kCategoryCount; ++i)
    if (i != kLcAll && strcmp(loc->names[i], loc->names[0]) != 0) same = false;
  if (same) return const_cast<char*>(loc->names[0]);
  char* p = composite_name;
  for (int i = 0; i < kCategoryCount; ++i) {
    if (i == kLcAll) continue;
    if (p != composite_name) *p++ = ';';
    const char* cn = category_name(i);
    size_t n = strlen(cn);
    memcpy(p, cn, n);
    p += n;
    *p++ = '=';
    n = strlen(loc->names[i]);
    memcpy(p, loc->names[i], n);
    p += n;
  }
  *p = '\0';
  return composite_name;
}

}  // namespace
}  // namespace pure

extern "C" char* setlocale(int category, const char* locale) {
  using namespace pure;
  if (category < 0 || category >= kCategoryCount) return fail(EINVAL, static_cast<char*>(nullptr));
  LockGuard guard(setlocale_lock);
  __pure_locale* g = &global_locale;
  if (locale) {
    int mask = category == kLcAll ? LC_ALL_MASK : 1 << category;
    // A single category takes a plain name only; composite names are LC_ALL's.
    if (category != kLcAll && strchr(locale, '=')) return fail(ENOENT, static_cast<char*>(nullptr));
    if (!apply_locale_name(g, mask, locale)) return fail(ENOENT, static_cast<char*>(nullptr));
  }
  return category == kLcAll ? all_name(g) : g->names[category];
}
