// iconv: the engine is iconv/iconv_core.h; this is its C boundary.
#include <errno.h>
#include <iconv.h>

#include "iconv/iconv_core.h"
#include "support/errno.h"

extern "C" size_t iconv(iconv_t cd, char** __restrict inbuf, size_t* __restrict inbytesleft,
                        char** __restrict outbuf, size_t* __restrict outbytesleft) {
  using namespace pure;
  if (cd == reinterpret_cast<iconv_t>(-1L) || !cd) return fail(EBADF, static_cast<size_t>(-1));
  auto* cv = static_cast<iconv::Converter*>(cd);
  if (!inbuf || !*inbuf) {
    // Back to the initial state. No supported encoding has a shift sequence to write, so
    // outbuf only has to be valid, never large.
    iconv::reset(*cv);
    return 0;
  }
  if (!inbytesleft) return fail(EINVAL, static_cast<size_t>(-1));
  // A missing output buffer has no room: anything that produces output stops with E2BIG.
  size_t no_room = 0;
  char* nowhere = nullptr;
  if (!outbuf || !*outbuf || !outbytesleft) {
    outbuf = &nowhere;
    outbytesleft = &no_room;
  }
  auto* in = reinterpret_cast<const unsigned char*>(*inbuf);
  auto* out = reinterpret_cast<unsigned char*>(*outbuf);
  iconv::Result r = iconv::convert(*cv, &in, inbytesleft, &out, outbytesleft);
  *inbuf = const_cast<char*>(reinterpret_cast<const char*>(in));
  *outbuf = reinterpret_cast<char*>(out);
  if (r.error) return fail(r.error, static_cast<size_t>(-1));
  return r.irreversible;
}
