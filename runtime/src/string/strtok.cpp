// strtok, strtok_r and strsep (BSD).
#include <string.h>

extern "C" {

char* strtok_r(char* __restrict s, const char* __restrict delim, char** __restrict save) {
  if (!s) s = *save;
  if (!s) return nullptr;
  s += strspn(s, delim);
  if (!*s) {
    *save = nullptr;
    return nullptr;
  }
  char* end = s + strcspn(s, delim);
  if (*end) {
    *end = 0;
    *save = end + 1;
  } else {
    *save = nullptr;
  }
  return s;
}

char* strtok(char* __restrict s, const char* __restrict delim) {
  static constinit char* saved = nullptr;  // strtok is not thread-safe by definition
  return strtok_r(s, delim, &saved);
}

char* strsep(char** __restrict sp, const char* __restrict delim) {
  char* s = *sp;
  if (!s) return nullptr;
  char* end = s + strcspn(s, delim);
  if (*end) {
    *end = 0;
    *sp = end + 1;
  } else {
    *sp = nullptr;
  }
  return s;
}

}  // extern "C"
