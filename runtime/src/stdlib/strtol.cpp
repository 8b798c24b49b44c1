// strtol, strtoll, strtoul, strtoull, strtoimax and strtoumax, and the GNU _l forms (which
// no locale changes: every pure locale reads integers as "C" does). The wide forms are in
// wchar/.
#include <inttypes.h>
#include <stdlib.h>

#include "stdlib/parse_int.h"

extern "C" {

long strtol(const char* __restrict s, char** __restrict end, int base) {
  return pure::parse_signed<long>(s, end, base);
}
long long strtoll(const char* __restrict s, char** __restrict end, int base) {
  return pure::parse_signed<long long>(s, end, base);
}
unsigned long strtoul(const char* __restrict s, char** __restrict end, int base) {
  return pure::parse_unsigned<unsigned long>(s, end, base);
}
unsigned long long strtoull(const char* __restrict s, char** __restrict end, int base) {
  return pure::parse_unsigned<unsigned long long>(s, end, base);
}
intmax_t strtoimax(const char* __restrict s, char** __restrict end, int base) {
  return pure::parse_signed<intmax_t>(s, end, base);
}
uintmax_t strtoumax(const char* __restrict s, char** __restrict end, int base) {
  return pure::parse_unsigned<uintmax_t>(s, end, base);
}

long strtol_l(const char* __restrict s, char** __restrict end, int base, locale_t) {
  return pure::parse_signed<long>(s, end, base);
}
long long strtoll_l(const char* __restrict s, char** __restrict end, int base, locale_t) {
  return pure::parse_signed<long long>(s, end, base);
}
unsigned long strtoul_l(const char* __restrict s, char** __restrict end, int base, locale_t) {
  return pure::parse_unsigned<unsigned long>(s, end, base);
}
unsigned long long strtoull_l(const char* __restrict s, char** __restrict end, int base, locale_t) {
  return pure::parse_unsigned<unsigned long long>(s, end, base);
}

}  // extern "C"
