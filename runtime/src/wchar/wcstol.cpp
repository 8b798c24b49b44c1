// wcstol, wcstoll, wcstoul, wcstoull, wcstoimax, wcstoumax: C17 7.29.4.1.2, the same
// parser as strtol & co. (stdlib/parse_int.h) over wide strings; and the GNU _l forms,
// which no pure locale changes.
#include <inttypes.h>
#include <wchar.h>

#include "stdlib/parse_int.h"

extern "C" {

long wcstol(const wchar_t* __restrict s, wchar_t** __restrict end, int base) {
  return pure::parse_signed<long>(s, end, base);
}
long long wcstoll(const wchar_t* __restrict s, wchar_t** __restrict end, int base) {
  return pure::parse_signed<long long>(s, end, base);
}
unsigned long wcstoul(const wchar_t* __restrict s, wchar_t** __restrict end, int base) {
  return pure::parse_unsigned<unsigned long>(s, end, base);
}
unsigned long long wcstoull(const wchar_t* __restrict s, wchar_t** __restrict end, int base) {
  return pure::parse_unsigned<unsigned long long>(s, end, base);
}
intmax_t wcstoimax(const wchar_t* __restrict s, wchar_t** __restrict end, int base) {
  return pure::parse_signed<intmax_t>(s, end, base);
}
uintmax_t wcstoumax(const wchar_t* __restrict s, wchar_t** __restrict end, int base) {
  return pure::parse_unsigned<uintmax_t>(s, end, base);
}

long wcstol_l(const wchar_t* __restrict s, wchar_t** __restrict end, int base, locale_t) {
  return pure::parse_signed<long>(s, end, base);
}
long long wcstoll_l(const wchar_t* __restrict s, wchar_t** __restrict end, int base, locale_t) {
  return pure::parse_signed<long long>(s, end, base);
}
unsigned long wcstoul_l(const wchar_t* __restrict s, wchar_t** __restrict end, int base, locale_t) {
  return pure::parse_unsigned<unsigned long>(s, end, base);
}
unsigned long long wcstoull_l(const wchar_t* __restrict s, wchar_t** __restrict end, int base,
                              locale_t) {
  return pure::parse_unsigned<unsigned long long>(s, end, base);
}

}  // extern "C"
