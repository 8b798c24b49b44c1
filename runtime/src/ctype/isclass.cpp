// isalpha ... isxdigit, isblank, and their _l forms: one table lookup each.
#include <ctype.h>

#include "ctype/ctype_table.h"

using namespace pure::ctype;

#define PURE_CTYPE(name, mask)                                                     \
  extern "C" int name(int c) { return has(c, mask); }                              \
  extern "C" int name##_l(int c, locale_t) { return has(c, mask); }

PURE_CTYPE(isalnum, kAlnum)
PURE_CTYPE(isalpha, kAlpha)
PURE_CTYPE(isblank, kBlank)
PURE_CTYPE(iscntrl, kCntrl)
PURE_CTYPE(isdigit, kDigit)
PURE_CTYPE(isgraph, kGraph)
PURE_CTYPE(islower, kLower)
PURE_CTYPE(isprint, kPrint)
PURE_CTYPE(ispunct, kPunct)
PURE_CTYPE(isspace, kSpace)
PURE_CTYPE(isupper, kUpper)
PURE_CTYPE(isxdigit, kXdigit)

extern "C" int isascii(int c) { return static_cast<unsigned>(c) < 0x80; }
extern "C" int toascii(int c) { return c & 0x7f; }
