// The locale object behind locale_t, the global locale and the thread's current locale.
//
// pure knows two kinds of locale: "C" (also spelled "POSIX") and UTF-8 locales ("C.UTF-8",
// "en_US.UTF-8", "de_DE.utf8", ...). Only LC_CTYPE differs between them (the multibyte
// encoding and MB_CUR_MAX); every other category of a UTF-8 locale behaves as in "C". A
// locale object still remembers each category's name so setlocale and composite names
// report what the program asked for.
#pragma once
#include <locale.h>
#include <stddef.h>

namespace pure {

// Category numbers run 0..12 (LC_ALL is 6 and names no category of its own).
inline constexpr int kCategoryCount = 13;
inline constexpr int kLcAll = 6;
// Longest locale name kept (with its NUL); longer names are refused.
inline constexpr size_t kLocaleNameMax = 48;

}  // namespace pure

struct __pure_locale {
  bool utf8;  // LC_CTYPE is UTF-8: cached from names[LC_CTYPE]
  char names[pure::kCategoryCount][pure::kLocaleNameMax];
};

namespace pure {

// setlocale's locale; the one a thread uses until it calls uselocale.
extern constinit __pure_locale global_locale;
// The thread's uselocale() choice; nullptr follows the global locale.
extern constinit thread_local __pure_locale* thread_locale;

inline __pure_locale* current_locale() {
  __pure_locale* l = thread_locale;
  return l ? l : &global_locale;
}
// A locale_t argument of a *_l function or nl_langinfo_l, LC_GLOBAL_LOCALE included.
inline __pure_locale* resolve_locale(locale_t l) {
  return l == LC_GLOBAL_LOCALE || l == nullptr ? &global_locale : l;
}
// True when the calling thread's LC_CTYPE is UTF-8 (else single-byte "C").
inline bool current_ctype_utf8() { return current_locale()->utf8; }

// Category names as in composite setlocale strings ("LC_CTYPE", ...; nullptr for 6).
const char* category_name(int category);

enum class LocaleKind { kInvalid, kC, kUtf8 };
// Classifies a plain (non-composite, non-empty) locale name.
LocaleKind classify_locale_name(const char* name);

// Applies `name` to every category in `mask` (bit i = category i) of `loc`. Handles "",
// which reads LC_ALL / LC_<category> / LANG from the environment, and composite names
// "LC_CTYPE=...;LC_NUMERIC=...". Returns false, leaving `loc` unchanged, when a name is
// not supported.
bool apply_locale_name(__pure_locale* loc, int mask, const char* name);

// Fills `loc` as the "C" locale.
void make_c_locale(__pure_locale* loc);

}  // namespace pure
