// mbrtoc8, c8rtomb (C23): char8_t strings are UTF-8 whatever the locale.
//
// mbrtoc8 stores the first UTF-8 unit of a character and keeps the others in the state
// (__state, first unit lowest; their number in bits 16..17 of __count under kPendingUnits)
// for the next calls, which return (size_t)-3. c8rtomb collects the units of a character
// in the state with the UTF-8 decoder and writes the character once it is complete.
#include <errno.h>
#include <uchar.h>
#include <wchar.h>

#include "multibyte/codec.h"
#include "support/errno.h"

namespace pure {
namespace {

constexpr unsigned kPendingUnits = 1u << 29;
constexpr size_t kStoredPending = static_cast<size_t>(-3);

constinit mbstate_t mbrtoc8_state{};
constinit mbstate_t c8rtomb_state{};

size_t to_c8(char8_t* pc8, const char* s, size_t n, mbstate_t* ps) {
  if (ps->__count & kPendingUnits) {
    unsigned left = (ps->__count >> 16) & 3;
    if (pc8) *pc8 = static_cast<char8_t>(ps->__state & 0xff);
    ps->__state >>= 8;
    --left;
    ps->__count = left ? kPendingUnits | left << 16 : 0;
    if (!left) ps->__state = 0;
    return kStoredPending;
  }
  if (!s) {
    pc8 = nullptr;
    s = "";
    n = 1;
  }
  char32_t c;
  size_t r = mb::decode(current_ctype_utf8(), &c, reinterpret_cast<const unsigned char*>(s), n, ps);
  if (r == mb::kInvalid) return fail(EILSEQ, r);
  if (r == mb::kIncomplete) return r;
  char units[4];
  size_t len = mb::encode_utf8(units, c);  // c is a valid code point: decode checked it
  if (pc8) *pc8 = static_cast<char8_t>(units[0]);
  if (len > 1) {
    unsigned rest = 0;
    for (size_t i = len - 1; i >= 1; --i) rest = rest << 8 | static_cast<unsigned char>(units[i]);
    ps->__state = rest;
    ps->__count = kPendingUnits | static_cast<unsigned>(len - 1) << 16;
  }
  return r;
}

size_t from_c8(char* s, char8_t c8, mbstate_t* ps) {
  char buf[4];
  if (!s) {
    s = buf;
    c8 = 0;
  }
  unsigned char unit = c8;
  char32_t c;
  size_t r = mb::decode_utf8(&c, &unit, 1, ps);
  if (r == mb::kInvalid) return fail(EILSEQ, r);
  if (r == mb::kIncomplete) return 0;  // stored in the state, nothing written yet
  r = mb::encode(current_ctype_utf8(), s, c);
  if (r == mb::kInvalid) return fail(EILSEQ, r);
  return r;
}

}  // namespace
}  // namespace pure

extern "C" size_t mbrtoc8(char8_t* pc8, const char* s, size_t n, mbstate_t* ps) {
  return pure::to_c8(pc8, s, n, ps ? ps : &pure::mbrtoc8_state);
}

extern "C" size_t c8rtomb(char* s, char8_t c8, mbstate_t* ps) {
  return pure::from_c8(s, c8, ps ? ps : &pure::c8rtomb_state);
}
