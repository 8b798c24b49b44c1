// getlocalename_l (POSIX 2024): the name of one category of a locale object.
#include <errno.h>
#include <locale.h>

#include "locale/locale.h"
#include "support/errno.h"

extern "C" const char* getlocalename_l(int category, locale_t loc) {
  using namespace pure;
  // LC_ALL names no single category; a null locale object is no object at all.
  if (category < 0 || category >= kCategoryCount || category == kLcAll || !loc)
    return fail(EINVAL, static_cast<const char*>(nullptr));
  return resolve_locale(loc)->names[category];
}
