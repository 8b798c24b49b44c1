// iconv_open, iconv_close: a conversion descriptor is a heap-allocated Converter.
#include <errno.h>
#include <iconv.h>
#include <langinfo.h>
#include <stdlib.h>

#include "iconv/iconv_core.h"
#include "support/errno.h"

extern "C" iconv_t iconv_open(const char* tocode, const char* fromcode) {
  using namespace pure;
  iconv_t failed = reinterpret_cast<iconv_t>(-1L);
  if (!tocode || !fromcode) return fail(EINVAL, failed);
  iconv::Converter cv = {};
  // "" is the current locale's codeset; suffixes on fromcode are accepted and ignored.
  const char* codeset = nl_langinfo(CODESET);
  bool unused_translit = false, unused_ignore = false;
  if (!iconv::parse_code(tocode, codeset, &cv.to, &cv.translit, &cv.ignore) ||
      !iconv::parse_code(fromcode, codeset, &cv.from, &unused_translit, &unused_ignore))
    return fail(EINVAL, failed);
  auto* p = static_cast<iconv::Converter*>(malloc(sizeof cv));
  if (!p) return fail(ENOMEM, failed);
  *p = cv;
  return p;
}

extern "C" int iconv_close(iconv_t cd) {
  if (cd == reinterpret_cast<iconv_t>(-1L) || !cd) return pure::fail(EBADF, -1);
  free(cd);
  return 0;
}
