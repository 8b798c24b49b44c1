// Locale names: which ones pure accepts, reading them from the environment, and composite
// names. Shared by setlocale and newlocale.
#include "locale/locale.h"

#include <stdlib.h>
#include <string.h>

namespace pure {

namespace {

constexpr const char* kCategoryNames[kCategoryCount] = {
    "LC_CTYPE",    "LC_NUMERIC", "LC_TIME",      "LC_COLLATE",     "LC_MONETARY",
    "LC_MESSAGES", nullptr,      "LC_PAPER",     "LC_NAME",        "LC_ADDRESS",
    "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// "UTF-8", "utf8", "UTF8", "utf-8", ...: the codeset compared without case and without
// the punctuation glibc also ignores when it normalises codeset names.
bool is_utf8_codeset(const char* s, size_t n) {
  char norm[8];
  size_t k = 0;
  for (size_t i = 0; i < n; ++i) {
    if (s[i] == '-' || s[i] == '_') continue;
    if (k == sizeof norm) return false;
    norm[k++] = lower(s[i]);
  }
  return k == 4 && norm[0] == 'u' && norm[1] == 't' && norm[2] == 'f' && norm[3] == '8';
}

// The environment's choice for one category: LC_ALL, then LC_<category>, then LANG, then
// "C" (POSIX setlocale, "Locale Definition").
const char* env_name(int category) {
  const char* v = getenv("LC_ALL");
  if (v && *v) return v;
  v = getenv(kCategoryNames[category]);
  if (v && *v) return v;
  v = getenv("LANG");
  if (v && *v) return v;
  return "C";
}

void set_name(__pure_locale* loc, int category, const char* name) {
  if (strcmp(name, "POSIX") == 0) name = "C";  // one spelling for the same locale
  size_t n = strlen(name);
  memcpy(loc->names[category], name, n + 1);
}

}  // namespace

const char* category_name(int category) {
  return category >= 0 && category < kCategoryCount ? kCategoryNames[category] : nullptr;
}

// language[_territory][.codeset][@modifier] with a UTF-8 codeset, or C / POSIX.
LocaleKind classify_locale_name(const char* name) {
  if (strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0) return LocaleKind::kC;
  size_t len = strlen(name);
  if (len == 0 || len >= kLocaleNameMax) return LocaleKind::kInvalid;
  const char* p = name;
  if (!is_alpha(*p)) return LocaleKind::kInvalid;
  while (is_alpha(*p)) ++p;
  if (*p == '_') {
    ++p;
    if (!is_alnum(*p)) return LocaleKind::kInvalid;
    while (is_alnum(*p)) ++p;
  }
  if (*p != '.') return LocaleKind::kInvalid;  // no codeset: not a UTF-8 locale
  const char* codeset = ++p;
  while (*p && *p != '@') ++p;
  if (!is_utf8_codeset(codeset, static_cast<size_t>(p - codeset))) return LocaleKind::kInvalid;
  if (*p == '@') {
    ++p;
    if (!*p) return LocaleKind::kInvalid;
    for (; *p; ++p)
      if (!is_alnum(*p) && *p != '_' && *p != '-') return LocaleKind::kInvalid;
  }
  return LocaleKind::kUtf8;
}

void make_c_locale(__pure_locale* loc) {
  loc->utf8 = false;
  for (int i = 0; i < kCategoryCount; ++i) {
    loc->names[i][0] = 'C';
    loc->names[i][1] = '\0';
  }
}

bool apply_locale_name(__pure_locale* loc, int mask, const char* name) {
  __pure_locale next = *loc;
  if (strchr(name, '=')) {
    // Composite: "LC_CTYPE=a;LC_NUMERIC=b;..." as setlocale(LC_ALL, NULL) returns it.
    // Categories it names outside `mask` are ignored; ones it omits keep their value.
    const char* p = name;
    while (*p) {
      const char* eq = strchr(p, '=');
      if (!eq) return false;
      int category = -1;
      for (int i = 0; i < kCategoryCount; ++i) {
        const char* cn = kCategoryNames[i];
        if (cn && strlen(cn) == static_cast<size_t>(eq - p) && memcmp(cn, p, eq - p) == 0)
          category = i;
      }
      if (category < 0) return false;
      const char* value = eq + 1;
      const char* end = strchr(value, ';');
      size_t n = end ? static_cast<size_t>(end - value) : strlen(value);
      if (n == 0 || n >= kLocaleNameMax) return false;
      char buf[kLocaleNameMax];
      memcpy(buf, value, n);
      buf[n] = '\0';
      if (classify_locale_name(buf) == LocaleKind::kInvalid) return false;
      if (mask & (1 << category)) set_name(&next, category, buf);
      p = end ? end + 1 : value + n;
    }
  } else {
    for (int i = 0; i < kCategoryCount; ++i) {
      if (i == kLcAll || !(mask & (1 << i))) continue;
      const char* n = *name ? name : env_name(i);
      if (classify_locale_name(n) == LocaleKind::kInvalid) return false;
      set_name(&next, i, n);
    }
  }
  next.utf8 = classify_locale_name(next.names[LC_CTYPE]) == LocaleKind::kUtf8;
  *loc = next;
  return true;
}

}  // namespace pure
