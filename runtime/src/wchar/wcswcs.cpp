// wcswcs: the X/Open name of wcsstr, kept for old programs.
#include <wchar.h>

extern "C" wchar_t* wcswcs(const wchar_t* haystack, const wchar_t* needle) {
  return wcsstr(haystack, needle);
}
