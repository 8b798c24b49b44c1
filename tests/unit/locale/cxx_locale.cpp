// libc++'s localization on top of pure's locales (libc++ runs in its musl-compatible mode,
// which calls newlocale/uselocale, the *_l classification functions and the multibyte
// conversions): named locales, ctype_byname<wchar_t>, codecvt<wchar_t, char, mbstate_t>,
// wide streams and wregex character classes.
#include "../check.h"

#include <clocale>
#include <codecvt>
#include <cstdlib>
#include <cwchar>
#include <locale>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>

int main() {
  std::locale c = std::locale::classic();
  CHECK(std::isalpha('a', c) && !std::isalpha('1', c));
  CHECK(std::toupper('q', c) == 'Q');

  std::locale u("C.UTF-8");
  CHECK(u.name() == "C.UTF-8");
  CHECK(std::isalpha(L'\u00e9', u));
  CHECK(std::isupper(L'\u0391', u));
  CHECK(std::toupper(L'\u00e9', u) == L'\u00c9');
  CHECK(std::tolower(L'\u0130', u) == L'i');

  // codecvt<wchar_t, char, mbstate_t> of a UTF-8 locale converts UTF-8.
  auto& cvt = std::use_facet<std::codecvt<wchar_t, char, std::mbstate_t>>(u);
  CHECK_INT(cvt.max_length(), 4);
  CHECK_INT(cvt.encoding(), 0);  // variable length, no shift states
  const char in[] = "h\xc3\xa9\xe2\x82\xac";
  wchar_t out[8];
  std::mbstate_t st{};
  const char* from_next;
  wchar_t* to_next;
  auto r = cvt.in(st, in, in + 6, from_next, out, out + 8, to_next);
  CHECK(r == std::codecvt_base::ok);
  CHECK_INT(to_next - out, 3);
  CHECK(out[1] == 0xe9 && out[2] == 0x20ac);
  char back[16];
  char* back_next;
  const wchar_t* wide_next;
  st = std::mbstate_t{};
  r = cvt.out(st, out, to_next, wide_next, back, back + 16, back_next);
  CHECK(r == std::codecvt_base::ok);
  CHECK(std::string(back, back_next) == std::string(in, 6));
  st = std::mbstate_t{};
  CHECK_INT(cvt.length(st, in, in + 6, 8), 6);
  // A character cut by the end of the input waits in the state (POSIX leaves open
  // whether mbsnrtowcs stops before it or takes it in; pure takes it in, so a
  // basic_filebuf reading in chunks never stalls) and the next call completes it.
  st = std::mbstate_t{};
  r = cvt.in(st, in, in + 5, from_next, out, out + 8, to_next);
  CHECK(r == std::codecvt_base::ok);
  CHECK(from_next == in + 5);
  CHECK_INT(to_next - out, 2);
  CHECK(!std::mbsinit(&st));
  r = cvt.in(st, in + 5, in + 6, from_next, out, out + 8, to_next);
  CHECK(r == std::codecvt_base::ok);
  CHECK_INT(to_next - out, 1);
  CHECK(out[0] == 0x20ac);
  // An invalid sequence stops the conversion right before it.
  const char bad[] = "a\xed\xa0\x80";
  st = std::mbstate_t{};
  r = cvt.in(st, bad, bad + 4, from_next, out, out + 8, to_next);
  CHECK(r != std::codecvt_base::ok);
  CHECK(from_next == bad + 1);
  CHECK_INT(to_next - out, 1);
  // The classic locale's codecvt is single-byte.
  using WideCvt = std::codecvt<wchar_t, char, std::mbstate_t>;
  CHECK_INT(std::use_facet<WideCvt>(c).max_length(), 1);

  std::wostringstream ws;
  ws.imbue(u);
  ws << 1234567 << L' ' << L"\u00e9";
  CHECK(ws.str() == L"1234567 \u00e9");

  // Unsupported names make std::locale throw, as the standard requires.
  bool threw = false;
  try {
    std::locale bad_locale("xx_XX.ISO-8859-1");
  } catch (const std::runtime_error&) {
    threw = true;
  }
  CHECK(threw);

  std::locale::global(u);
  CHECK_INT(MB_CUR_MAX, 4);
  CHECK(std::string(std::setlocale(LC_ALL, nullptr)) == "C.UTF-8");
  std::wregex alpha(L"[[:alpha:]]+");
  CHECK(std::regex_match(std::wstring(L"\u00e9t\u00e9"), alpha));
  std::wregex cased(L"[[:upper:]][[:lower:]]+");
  CHECK(std::regex_match(std::wstring(L"\u0391\u03b2\u03b3"), cased));
  CHECK(!std::regex_match(std::wstring(L"\u03b1\u03b2\u03b3"), cased));
  std::locale::global(c);
  CHECK_INT(MB_CUR_MAX, 1);
  return check_done();
}
