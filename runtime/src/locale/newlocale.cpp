// newlocale, duplocale, freelocale: locale objects for uselocale and the *_l functions.
#include <errno.h>
#include <locale.h>
#include <stdlib.h>

#include "locale/locale.h"
#include "support/errno.h"

static_assert(LC_ALL_MASK == 0x1fbf, "every category but LC_ALL's number");

extern "C" locale_t newlocale(int mask, const char* name, locale_t base) {
  using namespace pure;
  if ((mask & ~LC_ALL_MASK) || !name) return fail(EINVAL, static_cast<locale_t>(nullptr));
  if (base == LC_GLOBAL_LOCALE) return fail(EINVAL, static_cast<locale_t>(nullptr));
  // POSIX lets newlocale reuse `base`; on failure `base` stays valid and unchanged.
  if (base) {
    if (!apply_locale_name(base, mask, name)) return fail(ENOENT, static_cast<locale_t>(nullptr));
    return base;
  }
  __pure_locale start;
  make_c_locale(&start);
  if (!apply_locale_name(&start, mask, name)) return fail(ENOENT, static_cast<locale_t>(nullptr));
  auto* loc = static_cast<__pure_locale*>(malloc(sizeof(__pure_locale)));
  if (!loc) return fail(ENOMEM, static_cast<locale_t>(nullptr));
  *loc = start;
  return loc;
}

extern "C" locale_t duplocale(locale_t loc) {
  using namespace pure;
  if (!loc) return fail(EINVAL, static_cast<locale_t>(nullptr));
  auto* copy = static_cast<__pure_locale*>(malloc(sizeof(__pure_locale)));
  if (!copy) return fail(ENOMEM, static_cast<locale_t>(nullptr));
  *copy = *resolve_locale(loc);
  return copy;
}

extern "C" void freelocale(locale_t loc) {
  // The global locale is not a newlocale object; ignore it rather than corrupt the heap.
  if (loc && loc != LC_GLOBAL_LOCALE && loc != &pure::global_locale) free(loc);
}
