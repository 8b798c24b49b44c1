// iswalpha ... iswxdigit, wctype, iswctype and their _l forms. Classification follows
// Unicode in every locale; iswdigit and iswxdigit stay ASCII as C requires.
#include <wctype.h>

#include "wctype/unicode.h"

namespace pure {
namespace {

using namespace unicode;

enum Class : wctype_t {
  kNone, kClassAlnum, kClassAlpha, kClassBlank, kClassCntrl, kClassDigit, kClassGraph,
  kClassLower, kClassPrint, kClassPunct, kClassSpace, kClassUpper, kClassXdigit,
};

constexpr const char* kNames[] = {nullptr, "alnum", "alpha", "blank", "cntrl", "digit", "graph",
                                  "lower", "print", "punct", "space", "upper", "xdigit"};

bool is(wint_t wc, wctype_t desc) {
  uint32_t c = wc;
  switch (desc) {
    case kClassDigit: return is_digit(c);
    case kClassXdigit: return is_xdigit(c);
    case kClassAlnum: return is_digit(c) || (classes(c) & kAlpha);
    case kClassAlpha: return classes(c) & kAlpha;
    case kClassBlank: return classes(c) & kBlank;
    case kClassCntrl: return classes(c) & kCntrl;
    case kClassGraph: return (classes(c) & (kPrint | kSpace)) == kPrint;
    case kClassLower: return classes(c) & kLower;
    case kClassPrint: return classes(c) & kPrint;
    case kClassPunct: return classes(c) & kPunct;
    case kClassSpace: return classes(c) & kSpace;
    case kClassUpper: return classes(c) & kUpper;
  }
  return false;  // 0 or an unknown descriptor (C17 7.30.2.2.1: wctype's 0 matches nothing)
}

wctype_t lookup(const char* name) {
  if (!name) return kNone;
  for (wctype_t i = 1; i < sizeof kNames / sizeof kNames[0]; ++i) {
    const char* a = kNames[i];
    const char* b = name;
    while (*a && *a == *b) ++a, ++b;
    if (*a == *b) return i;
  }
  return kNone;
}

}  // namespace
}  // namespace pure

#define PURE_WCTYPE(name, cls)                                                     \
  extern "C" int name(wint_t wc) { return pure::is(wc, pure::cls); }               \
  extern "C" int name##_l(wint_t wc, locale_t) { return pure::is(wc, pure::cls); }

PURE_WCTYPE(iswalnum, kClassAlnum)
PURE_WCTYPE(iswalpha, kClassAlpha)
PURE_WCTYPE(iswblank, kClassBlank)
PURE_WCTYPE(iswcntrl, kClassCntrl)
PURE_WCTYPE(iswdigit, kClassDigit)
PURE_WCTYPE(iswgraph, kClassGraph)
PURE_WCTYPE(iswlower, kClassLower)
PURE_WCTYPE(iswprint, kClassPrint)
PURE_WCTYPE(iswpunct, kClassPunct)
PURE_WCTYPE(iswspace, kClassSpace)
PURE_WCTYPE(iswupper, kClassUpper)
PURE_WCTYPE(iswxdigit, kClassXdigit)

extern "C" int iswctype(wint_t wc, wctype_t desc) { return pure::is(wc, desc); }
extern "C" int iswctype_l(wint_t wc, wctype_t desc, locale_t) { return pure::is(wc, desc); }
extern "C" wctype_t wctype(const char* name) { return pure::lookup(name); }
extern "C" wctype_t wctype_l(const char* name, locale_t) { return pure::lookup(name); }
