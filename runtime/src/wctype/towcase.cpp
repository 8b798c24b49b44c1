// towlower, towupper, wctrans, towctrans and their _l forms: Unicode simple case mappings.
#include <wctype.h>

#include "wctype/unicode.h"

// wctrans_t points at one of these two objects; 0 is "no mapping".
struct __pure_wctrans {
  bool upper;
};

namespace {

constexpr __pure_wctrans kToLower{false};
constexpr __pure_wctrans kToUpper{true};

// WEOF and other values outside Unicode map to themselves.
wint_t lower(wint_t wc) { return wc < 0x110000 ? pure::unicode::to_lower(wc) : wc; }
wint_t upper(wint_t wc) { return wc < 0x110000 ? pure::unicode::to_upper(wc) : wc; }

wctrans_t lookup(const char* name) {
  if (!name) return nullptr;
  auto eq = [](const char* a, const char* b) {
    while (*a && *a == *b) ++a, ++b;
    return *a == *b;
  };
  if (eq(name, "tolower")) return &kToLower;
  if (eq(name, "toupper")) return &kToUpper;
  return nullptr;
}

wint_t apply(wint_t wc, wctrans_t t) {
  if (t == &kToLower) return lower(wc);
  if (t == &kToUpper) return upper(wc);
  return wc;  // not a wctrans() value: leave the character alone
}

}  // namespace

extern "C" wint_t towlower(wint_t wc) { return lower(wc); }
extern "C" wint_t towupper(wint_t wc) { return upper(wc); }
extern "C" wint_t towlower_l(wint_t wc, locale_t) { return lower(wc); }
extern "C" wint_t towupper_l(wint_t wc, locale_t) { return upper(wc); }
extern "C" wctrans_t wctrans(const char* name) { return lookup(name); }
extern "C" wctrans_t wctrans_l(const char* name, locale_t) { return lookup(name); }
extern "C" wint_t towctrans(wint_t wc, wctrans_t t) { return apply(wc, t); }
extern "C" wint_t towctrans_l(wint_t wc, wctrans_t t, locale_t) { return apply(wc, t); }
