// strchr, strchrnul (GNU) and index (BSD).
#include <string.h>
#include <strings.h>

#include "string/kernels.h"

extern "C" {

char* strchr(const char* s, int c) { return PURE_DISPATCH(strchr_k, s, static_cast<unsigned char>(c)); }

char* strchrnul(const char* s, int c) {
  return const_cast<char*>(PURE_DISPATCH(find_char_or_nul_k, s, static_cast<unsigned char>(c)));
}

char* index(const char* s, int c) { return strchr(s, c); }

}  // extern "C"
