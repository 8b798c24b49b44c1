// fnmatch: shell wildcard matching over bytes. '*' is matched with the single-backtrack
// method (only the most recent '*' is ever retried), which is correct for glob patterns
// and keeps the cost O(pattern * string) however many '*' the pattern holds. With
// FNM_PATHNAME the pattern and the string are matched one '/'-separated segment at a time.
#include <ctype.h>
#include <fnmatch.h>
#include <string.h>

namespace pure {
namespace {

struct Span {
  const char* begin;
  const char* end;
};

int fold(int c) { return tolower(static_cast<unsigned char>(c)); }

bool class_has(const char* name, size_t len, int c) {
  struct Entry {
    const char* name;
    int (*test)(int);
  };
  static constexpr Entry kClasses[] = {
      {"alnum", isalnum}, {"alpha", isalpha}, {"blank", isblank}, {"cntrl", iscntrl},
      {"digit", isdigit}, {"graph", isgraph}, {"lower", islower}, {"print", isprint},
      {"punct", ispunct}, {"space", isspace}, {"upper", isupper}, {"xdigit", isxdigit},
  };
  for (const Entry& e : kClasses) {
    if (strlen(e.name) == len && memcmp(e.name, name, len) == 0) return e.test(c) != 0;
  }
  return false;
}

// Matches the bracket expression starting just after '[' against c. Returns a pointer just
// past the closing ']', or nullptr when the bracket is not terminated (then '[' is literal).
const char* match_bracket(const char* p, const char* end, unsigned char c, int flags,
                          bool* matched) {
  bool negate = false;
  if (p < end && (*p == '!' || *p == '^')) {
    negate = true;
    ++p;
  }
  bool found = false;
  bool first = true;
  const bool casefold = flags & FNM_CASEFOLD;
  while (p < end) {
    if (*p == ']' && !first) {
      *matched = found != negate;
      return p + 1;
    }
    first = false;
    unsigned char lo;
    if (*p == '[' && p + 1 < end && (p[1] == ':' || p[1] == '=' || p[1] == '.')) {
      const char kind = p[1];
      const char* name = p + 2;
      const char* q = name;
      while (q + 1 < end && !(q[0] == kind && q[1] == ']')) ++q;
      if (q + 1 >= end) return nullptr;
      const size_t len = static_cast<size_t>(q - name);
      p = q + 2;
      if (kind == ':') {
        if (class_has(name, len, c)) found = true;
        // Case folding makes [:upper:] and [:lower:] both accept letters of either case.
        else if (casefold && (class_has(name, len, tolower(c)) || class_has(name, len, toupper(c))))
          found = true;
        continue;
      }
      // [=c=] and [.c.]: in this byte-oriented locale each names one single character.
      if (len != 1) return nullptr;
      lo = static_cast<unsigned char>(*name);
    } else if (*p == '\\' && !(flags & FNM_NOESCAPE) && p + 1 < end) {
      lo = static_cast<unsigned char>(p[1]);
      p += 2;
    } else {
      lo = static_cast<unsigned char>(*p++);
    }
    unsigned char hi = lo;
    if (p + 1 < end && *p == '-' && p[1] != ']') {
      ++p;
      if (*p == '[' && p + 1 < end && (p[1] == '=' || p[1] == '.')) {
        const char kind = p[1];
        if (p + 4 < end && p[3] == kind && p[4] == ']') {
          hi = static_cast<unsigned char>(p[2]);
          p += 5;
        } else {
          return nullptr;
        }
      } else if (*p == '\\' && !(flags & FNM_NOESCAPE) && p + 1 < end) {
        hi = static_cast<unsigned char>(p[1]);
        p += 2;
      } else {
        hi = static_cast<unsigned char>(*p++);
      }
    }
    if (lo <= c && c <= hi) {
      found = true;
    } else if (casefold) {
      const int l = tolower(c), u = toupper(c);
      if ((lo <= l && l <= hi) || (lo <= u && u <= hi)) found = true;
    }
  }
  return nullptr;
}

// Matches one element of the pattern (not '*') at p against c. Returns a pointer past the
// element, or nullptr on mismatch. Sets *bad for a pattern ending in a lone backslash.
const char* match_one(const char* p, const char* end, unsigned char c, int flags, bool* bad) {
  if (*p == '?') return p + 1;
  if (*p == '[') {
    // With FNM_PATHNAME a bracket expression never matches '/'.
    bool matched = false;
    const char* after = match_bracket(p + 1, end, c, flags, &matched);
    if (after) return matched && !(c == '/' && (flags & FNM_PATHNAME)) ? after : nullptr;
    // Unterminated: the '[' stands for itself.
  }
  unsigned char want = static_cast<unsigned char>(*p);
  const char* next = p + 1;
  if (want == '\\' && !(flags & FNM_NOESCAPE)) {
    if (next == end) {
      *bad = true;
      return nullptr;
    }
    want = static_cast<unsigned char>(*next++);
  }
  if (want == c) return next;
  if ((flags & FNM_CASEFOLD) && fold(want) == fold(c)) return next;
  return nullptr;
}

// True when the pattern element at p is a literal '.' (possibly escaped).
bool literal_period(const char* p, const char* end, int flags) {
  if (p < end && *p == '.') return true;
  return !(flags & FNM_NOESCAPE) && p + 1 < end && p[0] == '\\' && p[1] == '.';
}

// Matches a whole pattern span against a whole string span. `leading` says the string
// begins where FNM_PERIOD applies.
bool match_span(Span pat, Span str, int flags, bool leading, bool* bad) {
  const char* p = pat.begin;
  const char* s = str.begin;
  if (leading && (flags & FNM_PERIOD) && s < str.end && *s == '.' &&
      !literal_period(p, pat.end, flags))
    return false;
  const char* star_p = nullptr;  // pattern just after the last '*'
  const char* star_s = nullptr;  // string position that '*' currently stops at
  while (true) {
    if (p < pat.end && *p == '*') {
      while (p < pat.end && *p == '*') ++p;
      star_p = p;
      star_s = s;
      continue;
    }
    if (s == str.end) {
      if (p == pat.end) return true;
    } else if (p < pat.end) {
      const char* next = match_one(p, pat.end, static_cast<unsigned char>(*s), flags, bad);
      if (*bad) return false;
      if (next) {
        p = next;
        ++s;
        continue;
      }
    }
    // Mismatch: let the last '*' swallow one more character, if it may.
    if (!star_p || star_s == str.end) return false;
    if ((flags & FNM_PATHNAME) && *star_s == '/') return false;
    ++star_s;
    p = star_p;
    s = star_s;
  }
}

const char* find_slash(const char* p, const char* end) {
  while (p < end && *p != '/') ++p;
  return p;
}

bool match_path(Span pat, Span str, int flags, bool* bad) {
  if (!(flags & FNM_PATHNAME)) {
    if (match_span(pat, str, flags, true, bad)) return true;
    if (!(flags & FNM_LEADING_DIR) || *bad) return false;
    // Any prefix that ends just before a '/' may match instead.
    for (const char* s = str.begin; s < str.end; ++s) {
      if (*s == '/' && match_span(pat, {str.begin, s}, flags, true, bad)) return true;
      if (*bad) return false;
    }
    return false;
  }
  const char* p = pat.begin;
  const char* s = str.begin;
  while (true) {
    // An escaped '/' separates segments just as a plain one does.
    size_t skip = 1;
    const char* pe = p;
    while (pe < pat.end && *pe != '/') {
      if (*pe == '\\' && !(flags & FNM_NOESCAPE) && pe + 1 < pat.end) {
        if (pe[1] == '/') {
          skip = 2;
          break;
        }
        ++pe;
      }
      ++pe;
    }
    const char* se = find_slash(s, str.end);
    if (!match_span({p, pe}, {s, se}, flags, true, bad)) return false;
    if (pe == pat.end) return se == str.end || (flags & FNM_LEADING_DIR);
    if (se == str.end) return false;
    p = pe + skip;
    s = se + 1;
  }
}

}  // namespace

int fnmatch(const char* pattern, const char* string, int flags) {
  bool bad = false;
  const Span pat{pattern, pattern + strlen(pattern)};
  const Span str{string, string + strlen(string)};
  return match_path(pat, str, flags, &bad) && !bad ? 0 : FNM_NOMATCH;
}

}  // namespace pure

extern "C" int fnmatch(const char* pattern, const char* string, int flags) {
  if (!pattern || !string) return FNM_NOMATCH;
  return pure::fnmatch(pattern, string, flags);
}
