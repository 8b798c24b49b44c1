// uselocale: the calling thread's current locale.
#include <locale.h>

#include "locale/locale.h"

extern "C" locale_t uselocale(locale_t loc) {
  using namespace pure;
  __pure_locale* old = thread_locale;
  if (loc == LC_GLOBAL_LOCALE) thread_locale = nullptr;
  else if (loc) thread_locale = loc;
  return old ? old : LC_GLOBAL_LOCALE;
}
