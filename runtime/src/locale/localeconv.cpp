// localeconv: numeric and monetary formatting conventions. Every pure locale formats
// numbers and money as "C" does (C17 7.11.2.1p4 lists those values), so one constant
// structure serves all threads (the program must not modify it, C17 7.11.2.1p3).
#include <limits.h>
#include <locale.h>

namespace {
// Writable arrays rather than literals: lconv's members are plain char*.
constinit char dot[] = ".";
constinit char empty[] = "";

constinit lconv c_conventions = {
    dot, empty, empty, empty, empty, empty, empty, empty, empty, empty,
    CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
    CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX};
}  // namespace

extern "C" struct lconv* localeconv(void) { return &c_conventions; }
