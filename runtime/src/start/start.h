// What start-up learns about the process and keeps for the rest of the libc.
#pragma once
#include <stddef.h>
#include <stdint.h>
#include <link.h>

namespace pure {

extern const unsigned long* auxv;  // the kernel's auxiliary vector (AT_* pairs, AT_NULL-ended)
unsigned long aux_value(unsigned long type, bool* found = nullptr);

// The program's own image: its program headers and load bias (non-zero for static PIE).
struct ProgramImage {
  const ElfW(Phdr) * phdr;
  size_t phnum;
  uintptr_t bias;
};
extern ProgramImage program_image;

}  // namespace pure
