// tolower, toupper and their _l forms: ASCII letters only, in every pure locale.
#include <ctype.h>

namespace {
int lower(int c) { return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c; }
int upper(int c) { return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c; }
}  // namespace

extern "C" int tolower(int c) { return lower(c); }
extern "C" int toupper(int c) { return upper(c); }
extern "C" int tolower_l(int c, locale_t) { return lower(c); }
extern "C" int toupper_l(int c, locale_t) { return upper(c); }
