// libc++ and Unicode on pure libc: a UTF-8 global locale, std::wcout writing through it,
// ctype<wchar_t> classification and case mapping, codecvt and wstring_convert, std::format
// with wide strings, wregex over Unicode text, wide string streams and collation.
#include <codecvt>
#include <cstdio>
#include <format>
#include <iostream>
#include <locale>
#include <regex>
#include <sstream>
#include <string>

#pragma clang diagnostic ignored "-Wdeprecated-declarations"  // wstring_convert, codecvt_utf8

int main() {
  std::locale utf8("C.UTF-8");
  std::locale::global(utf8);
  std::wcout.imbue(utf8);
  std::wcout << L"locale: " << utf8.name().c_str() << L'\n';

  // Wide text reaches stdout as UTF-8.
  std::wstring text = L"Grüße, Ελλάδα — 東京 €5";
  std::wcout << text << L'\n';

  // ctype<wchar_t>: classes and case over the whole of Unicode.
  auto& ct = std::use_facet<std::ctype<wchar_t>>(utf8);
  std::wstring upper = text;
  ct.toupper(upper.data(), upper.data() + upper.size());
  std::wcout << upper << L'\n';
  int alpha = 0, space = 0, punct = 0;
  for (wchar_t c : text) {
    alpha += ct.is(std::ctype_base::alpha, c);
    space += ct.is(std::ctype_base::space, c);
    punct += ct.is(std::ctype_base::punct, c);
  }
  std::wcout << L"alpha " << alpha << L", space " << space << L", punct " << punct << L'\n';
  std::wcout << L"narrow(é) = '" << ct.narrow(L'é', '?') << L"', widen('x') = " << ct.widen('x')
             << L'\n';

  // codecvt<wchar_t, char>: the locale's multibyte encoding.
  auto& cvt = std::use_facet<std::codecvt<wchar_t, char, std::mbstate_t>>(utf8);
  std::mbstate_t st{};
  char bytes[64];
  const wchar_t* from_next;
  char* to_next;
  cvt.out(st, text.data(), text.data() + text.size(), from_next, bytes, bytes + sizeof bytes, to_next);
  std::wcout << L"UTF-8 bytes: " << (to_next - bytes) << L" for " << text.size() << L" characters\n";

  // wstring_convert with the <codecvt> facets: UTF-8 <-> UTF-32 and UTF-16.
  std::wstring_convert<std::codecvt_utf8<wchar_t>> conv8;
  std::string narrow = conv8.to_bytes(L"naïve 😀");
  std::wcout << L"to_bytes: " << narrow.size() << L" bytes, back: " << conv8.from_bytes(narrow) << L'\n';
  std::wstring_convert<std::codecvt_utf8_utf16<char16_t>, char16_t> conv16;
  std::u16string u16 = conv16.from_bytes("😀x");
  std::wcout << L"UTF-16 units: " << u16.size() << L", first " << std::hex << int(u16[0]) << std::dec
             << L'\n';

  // std::format with wide strings.
  std::wcout << std::format(L"[{:>8}] [{:<6}] [{:^7}] {:#x} {:.3f}", L"東京", L"é", L"mid", 255, 3.14159)
             << L'\n';

  // wregex: character classes come from ctype<wchar_t>, so they know Unicode letters.
  std::wregex word(L"[[:alpha:]]+");
  std::wstring words;
  for (std::wsregex_iterator it(text.begin(), text.end(), word), end; it != end; ++it)
    words += L"<" + it->str() + L">";
  std::wcout << words << L'\n';
  std::wcout << std::regex_replace(std::wstring(L"a1 β22 γ333"), std::wregex(L"\\d+"), L"#") << L'\n';
  std::wregex icase(L"grüsse|grüße", std::regex::icase);
  std::wcout << L"icase match: " << std::regex_search(std::wstring(L"GRÜSSE und GRÜẞE"), icase) << L'\n';

  // Wide string streams and numbers.
  std::wostringstream os;
  os.imbue(utf8);
  os << 1234567 << L' ' << 2.5 << L" ✓";
  std::wcout << os.str() << L'\n';
  std::wistringstream is(L"42 3.25 σ");
  int n;
  double d;
  std::wstring w;
  is >> n >> d >> w;
  std::wcout << n + 1 << L' ' << d * 2 << L' ' << w << L'\n';

  // collate<wchar_t>: code point order in pure's locales.
  auto& coll = std::use_facet<std::collate<wchar_t>>(utf8);
  std::wstring a = L"apple", b = L"äpple";
  std::wcout << L"compare: " << coll.compare(a.data(), a.data() + a.size(), b.data(), b.data() + b.size())
             << L'\n';
  return 0;
}
