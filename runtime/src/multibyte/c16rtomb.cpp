// mbrtoc16, c16rtomb: UTF-16, where characters above U+FFFF take a surrogate pair.
//
// mbrtoc16 hands out the high surrogate with the bytes of the character and keeps the low
// one in the state (flag kPendingLow in __count, the unit in __state) for the next call,
// which returns (size_t)-3. c16rtomb keeps a high surrogate (flag kPendingHigh) until its
// low partner arrives.
#include <errno.h>
#include <uchar.h>
#include <wchar.h>

#include "multibyte/codec.h"
#include "support/errno.h"

namespace pure {
namespace {

constexpr unsigned kPendingLow = 1u << 31;
constexpr unsigned kPendingHigh = 1u << 30;
constexpr size_t kStoredPending = static_cast<size_t>(-3);

constinit mbstate_t mbrtoc16_state{};
constinit mbstate_t c16rtomb_state{};

size_t to_c16(char16_t* pc16, const char* s, size_t n, mbstate_t* ps) {
  if (ps->__count & kPendingLow) {
    if (pc16) *pc16 = static_cast<char16_t>(ps->__state);
    mb::reset(ps);
    return kStoredPending;
  }
  if (!s) {
    pc16 = nullptr;
    s = "";
    n = 1;
  }
  char32_t c;
  size_t r = mb::decode(current_ctype_utf8(), &c, reinterpret_cast<const unsigned char*>(s), n, ps);
  if (r == mb::kInvalid) return fail(EILSEQ, r);
  if (r == mb::kIncomplete) return r;
  if (c >= 0x10000) {
    c -= 0x10000;
    if (pc16) *pc16 = static_cast<char16_t>(0xd800 | c >> 10);
    ps->__state = 0xdc00 | (c & 0x3ff);
    ps->__count = kPendingLow;
  } else if (pc16) {
    *pc16 = static_cast<char16_t>(c);
  }
  return r;
}

size_t from_c16(char* s, char16_t c16, mbstate_t* ps) {
  char buf[4];
  if (!s) {
    s = buf;
    c16 = 0;
  }
  uint32_t c = c16;
  if (ps->__count & kPendingHigh) {
    uint32_t high = ps->__state;
    mb::reset(ps);
    if (c < 0xdc00 || c > 0xdfff) return fail(EILSEQ, mb::kInvalid);
    c = 0x10000 + ((high - 0xd800) << 10) + (c - 0xdc00);
  } else if (c >= 0xd800 && c <= 0xdbff) {
    ps->__state = c;
    ps->__count = kPendingHigh;
    return 0;  // nothing to write until the low surrogate arrives
  } else if (c >= 0xdc00 && c <= 0xdfff) {
    mb::reset(ps);
    return fail(EILSEQ, mb::kInvalid);  // a low surrogate on its own
  }
  size_t r = mb::encode(current_ctype_utf8(), s, c);
  if (r == mb::kInvalid) return fail(EILSEQ, r);
  return r;
}

}  // namespace
}  // namespace pure

extern "C" size_t mbrtoc16(char16_t* pc16, const char* s, size_t n, mbstate_t* ps) {
  return pure::to_c16(pc16, s, n, ps ? ps : &pure::mbrtoc16_state);
}

extern "C" size_t c16rtomb(char* s, char16_t c16, mbstate_t* ps) {
  return pure::from_c16(s, c16, ps ? ps : &pure::c16rtomb_state);
}
