// strtod, strtof, strtold (and the _l forms, which behave as in the C locale), atof.
// The conversion itself is support/format/float_parse.h.
#include <errno.h>
#include <stdlib.h>

#include "support/format/float_parse.h"

namespace {
template <class T> T convert(const char* s, char** end) {
  const char* e;
  int error = 0;
  T v = pure::format::parse_float<T>(s, &e, &error);
  if (end) *end = const_cast<char*>(e);
  if (error) errno = error;
  return v;
}
}  // namespace

extern "C" {

double strtod(const char* __restrict s, char** __restrict end) { return convert<double>(s, end); }
float strtof(const char* __restrict s, char** __restrict end) { return convert<float>(s, end); }
long double strtold(const char* __restrict s, char** __restrict end) { return convert<long double>(s, end); }

double strtod_l(const char* __restrict s, char** __restrict end, locale_t) { return convert<double>(s, end); }
float strtof_l(const char* __restrict s, char** __restrict end, locale_t) { return convert<float>(s, end); }
long double strtold_l(const char* __restrict s, char** __restrict end, locale_t) {
  return convert<long double>(s, end);
}

double atof(const char* s) { return convert<double>(s, nullptr); }

}  // extern "C"
