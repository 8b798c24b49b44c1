// wcsftime and wcsftime_l: strftime for wide strings. The format travels to the byte
// engine as UTF-8 and the result comes back the same way, so every conversion strftime
// knows works here too and literal text of any character survives.
#define _GNU_SOURCE 1
#include <stdlib.h>
#include <time.h>
#include <wchar.h>

#include "multibyte/codec.h"

namespace pure {
namespace {

// Generous beyond any real time string; bounds the buffer search when the output is empty.
constexpr size_t kMaxBytes = size_t{1} << 24;

size_t wide_strftime(wchar_t* s, size_t max, const wchar_t* format, const struct tm* tm) {
  if (max == 0) return 0;
  s[0] = L'\0';
  size_t flen = wcslen(format);
  if (flen > kMaxBytes) return 0;
  char* fmt = static_cast<char*>(malloc(flen * 4 + 1));
  if (!fmt) return 0;
  size_t k = 0;
  for (size_t i = 0; i < flen; i++) {
    // A value that is no character (a surrogate, beyond U+10FFFF) cannot be formatted.
    size_t n = mb::encode_utf8(fmt + k, static_cast<uint32_t>(format[i]));
    if (n == mb::kInvalid) {
      free(fmt);
      return 0;
    }
    k += n;
  }
  fmt[k] = '\0';

  // At most max-1 wide characters fit, each at most 4 bytes of UTF-8.
  size_t limit = max - 1 > (kMaxBytes - 1) / 4 ? kMaxBytes : (max - 1) * 4 + 1;
  size_t size = limit < 256 ? limit : 256;
  char* out = nullptr;
  size_t len = 0;
  for (;;) {
    char* grown = static_cast<char*>(realloc(out, size));
    if (!grown) break;
    out = grown;
    len = strftime(out, size, fmt, tm);
    if (len != 0 || size >= limit) break;
    size = size > limit / 2 ? limit : size * 2;
  }
  free(fmt);
  if (!out || len == 0) {
    free(out);
    return 0;
  }

  size_t w = 0;
  mbstate_t st{};
  const unsigned char* p = reinterpret_cast<const unsigned char*>(out);
  for (size_t i = 0; i < len;) {
    char32_t c;
    size_t n = mb::decode_utf8(&c, p + i, len - i, &st);
    if (n == mb::kInvalid || n == mb::kIncomplete || n == 0 || w + 1 >= max) {
      free(out);
      s[0] = L'\0';
      return 0;
    }
    s[w++] = static_cast<wchar_t>(c);
    i += n;
  }
  s[w] = L'\0';
  free(out);
  return w;
}

}  // namespace
}  // namespace pure

extern "C" {

size_t wcsftime(wchar_t* __restrict s, size_t max, const wchar_t* __restrict format,
                const struct tm* __restrict tm) {
  return pure::wide_strftime(s, max, format, tm);
}

// Like strftime_l: the C locale's time formats serve every locale for now.
size_t wcsftime_l(wchar_t* __restrict s, size_t max, const wchar_t* __restrict format,
                  const struct tm* __restrict tm, locale_t) {
  return pure::wide_strftime(s, max, format, tm);
}

}  // extern "C"
