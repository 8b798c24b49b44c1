// The message %m prints: strerror's text for the saved errno.
#include <string.h>

#include "support/format/printf_core.h"

namespace pure::format {
const char* error_text(int error) { return strerror(error); }
}  // namespace pure::format
