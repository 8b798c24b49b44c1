// What start-up learns about the process and keeps for the rest of the libc.
#pragma once
#include <stddef.h>

namespace pure {

extern const unsigned long* auxv;  // the kernel's auxiliary vector (AT_* pairs, AT_NULL-ended)
unsigned long aux_value(unsigned long type, bool* found = nullptr);

}  // namespace pure
