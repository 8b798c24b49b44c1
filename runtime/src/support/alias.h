// A second public name for a function defined in the same translation unit: one symbol,
// no wrapper, the type checked by the compiler. An ELF alias can only name a definition
// in its own object file, which is why aliases sit next to the functions they rename
// rather than in one file of their own. The alias is named through an asm label so that a
// header macro of the same name (the LFS64 ones: #define open64 open) cannot rewrite it.
#pragma once

#define PURE_ALIAS(target, name) \
  extern "C" decltype(target) __pure_alias_##name __asm__(#name) __attribute__((alias(#target)))
