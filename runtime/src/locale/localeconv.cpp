// localeconv: numeric and monetary formatting conventions. Every pure locale formats
// numbers and money as "C" does (C17 7.11.2.1p4 lists those values).
#include <limits.h>
#include <locale.h>

namespace {
constinit lconv c_conventions{};
}

extern "C" struct lconv* localeconv(void) {
  // Refilled on every call: the caller gets a writable struct and may have scribbled on it.
  char* empty = const_cast<char*>("");
  c_conventions = lconv{const_cast<char*>("."), empty, empty, empty, empty, empty, empty, empty,
                        empty, empty, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
                        CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
                        CHAR_MAX};
  return &c_conventions;
}
