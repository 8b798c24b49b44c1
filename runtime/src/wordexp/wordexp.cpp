// wordexp and wordfree, done in-process: tilde and parameter expansion, field splitting,
// quote removal and pathname expansion (through glob). No shell is started, so command
// substitution and arithmetic expansion are refused with WRDE_CMDSUB (docs/WORDEXP.md).
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wordexp.h>

namespace pure {
namespace {

struct Buf {
  char* p = nullptr;
  size_t n = 0;
  size_t cap = 0;

  bool add(char c) {
    if (n + 2 > cap) {
      const size_t c2 = cap ? cap * 2 : 32;
      char* q = static_cast<char*>(realloc(p, c2));
      if (!q) return false;
      p = q;
      cap = c2;
    }
    p[n++] = c;
    p[n] = '\0';
    return true;
  }
  void clear() { n = 0; if (p) p[0] = '\0'; }
  void release() { free(p); p = nullptr; n = cap = 0; }
};

struct Words {
  char** v = nullptr;
  size_t n = 0;
  size_t cap = 0;

  bool push(char* s) {
    if (n == cap) {
      const size_t c2 = cap ? cap * 2 : 8;
      char** q = static_cast<char**>(realloc(v, c2 * sizeof(char*)));
      if (!q) return false;
      v = q;
      cap = c2;
    }
    v[n++] = s;
    return true;
  }
  void release() {
    for (size_t i = 0; i < n; ++i) free(v[i]);
    free(v);
    v = nullptr;
    n = cap = 0;
  }
};

// The field being built: its text after quote removal, the same text as a glob pattern
// (quoted characters escaped), and whether it exists yet ("" makes an empty field).
struct Expander {
  int flags;
  const char* ifs;
  Buf text, pat;
  bool exists = false;
  bool magic = false;  // an unquoted * ? [ is in the field
  bool after_white_split = false;
  Words out;

  bool put(char c, bool quoted) {
    exists = true;
    after_white_split = false;
    if (!text.add(c)) return false;
    if (quoted || c == '\\') {
      if (strchr("*?[\\", c) && !pat.add('\\')) return false;
    } else if (c == '*' || c == '?' || c == '[') {
      magic = true;
    }
    return pat.add(c);
  }

  // Ends the current field: pathname expansion when it has wildcards, else the text.
  int end_field() {
    if (!exists) return 0;
    int ret = 0;
    glob_t g;
    if (magic && glob(pat.p, 0, nullptr, &g) == 0) {
      for (size_t i = 0; i < g.gl_pathc && ret == 0; ++i) {
        char* s = strdup(g.gl_pathv[i]);
        if (!s || !out.push(s)) {
          free(s);
          ret = WRDE_NOSPACE;
        }
      }
      globfree(&g);
    } else {
      char* s = strdup(text.p ? text.p : "");
      if (!s || !out.push(s)) {
        free(s);
        ret = WRDE_NOSPACE;
      }
    }
    text.clear();
    pat.clear();
    exists = magic = false;
    return ret;
  }

  // Adds the value of an unquoted expansion, split into fields on IFS.
  int put_split(const char* v) {
    for (; *v; ++v) {
      if (!strchr(ifs, *v)) {
        if (!put(*v, false)) return WRDE_NOSPACE;
        continue;
      }
      const bool white = *v == ' ' || *v == '\t' || *v == '\n';
      if (white) {
        if (exists) {
          if (int r = end_field()) return r;
          after_white_split = true;
        }
      } else {
        // A non-white IFS character always ends a field (even an empty one), unless white
        // space around it already did.
        if (!after_white_split) {
          exists = true;
          if (int r = end_field()) return r;
        }
        after_white_split = false;
      }
    }
    return 0;
  }
};

bool name_start(char c) { return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool name_char(char c) { return name_start(c) || (c >= '0' && c <= '9'); }

// Parses a parameter expansion at *pp (just after '$'). Sets *value (nullptr = unset) and
// advances *pp. Returns 0, WRDE_CMDSUB, WRDE_SYNTAX or WRDE_BADVAL; `lone` says the '$'
// stands for itself.
int parameter(const char** pp, int flags, char* scratch, const char** value, bool* lone) {
  const char* p = *pp;
  *lone = false;
  *value = nullptr;
  char name[256];
  size_t len = 0;
  if (*p == '(') return WRDE_CMDSUB;  // $(cmd) and $((arithmetic))
  if (*p == '{') {
    ++p;
    if (!name_start(*p)) return WRDE_SYNTAX;
    while (name_char(*p)) {
      if (len + 1 >= sizeof name) return WRDE_SYNTAX;
      name[len++] = *p++;
    }
    // Only ${name}: the ${name:-word} family of operators is not supported.
    if (*p != '}') return WRDE_SYNTAX;
    ++p;
  } else if (name_start(*p)) {
    while (name_char(*p)) {
      if (len + 1 >= sizeof name) return WRDE_SYNTAX;
      name[len++] = *p++;
    }
  } else if (*p == '$') {
    // The process id: written as decimal digits into scratch.
    long pid = getpid();
    char digits[24];
    int k = 0;
    do digits[k++] = static_cast<char>('0' + pid % 10); while ((pid /= 10) > 0);
    for (int i = 0; i < k; ++i) scratch[i] = digits[k - 1 - i];
    scratch[k] = '\0';
    *value = scratch;
    *pp = p + 1;
    return 0;
  } else if (*p == '#') {
    *value = "0";  // no positional parameters
    *pp = p + 1;
    return 0;
  } else if ((*p >= '0' && *p <= '9') || *p == '@' || *p == '*' || *p == '?' || *p == '!' ||
             *p == '-') {
    // Positional and other special parameters are never set outside a shell.
    *pp = p + 1;
    return (flags & WRDE_UNDEF) ? WRDE_BADVAL : 0;
  } else {
    *lone = true;
    return 0;
  }
  name[len] = '\0';
  *pp = p;
  *value = getenv(name);
  if (!*value && (flags & WRDE_UNDEF)) return WRDE_BADVAL;
  return 0;
}

int expand(Expander& e, const char* s) {
  char scratch[24];
  bool word_start = true;
  while (*s) {
    const char c = *s;
    if (c == ' ' || c == '\t') {
      if (int r = e.end_field()) return r;
      e.after_white_split = false;
      word_start = true;
      ++s;
      continue;
    }
    if (word_start && c == '~') {
      // Tilde prefix: up to the first unquoted '/' (or the word's end).
      const char* end = s + 1;
      while (*end && *end != '/' && *end != ' ' && *end != '\t') ++end;
      const char* home = end == s + 1 ? getenv("HOME") : nullptr;
      if (home) {
        e.exists = true;
        for (const char* h = home; *h; ++h)
          if (!e.put(*h, true)) return WRDE_NOSPACE;
        s = end;
        word_start = false;
        continue;
      }
      // ~user needs the user database, which is not available: the text stays.
    }
    word_start = false;
    switch (c) {
      case '\n': case '|': case '&': case ';': case '<': case '>': case '(': case ')':
      case '{': case '}':
        return WRDE_BADCHAR;
      case '`':
        return WRDE_CMDSUB;
      case '\\':
        if (!s[1]) return WRDE_SYNTAX;
        if (!e.put(s[1], true)) return WRDE_NOSPACE;
        s += 2;
        continue;
      case '\'': {
        const char* end = strchr(s + 1, '\'');
        if (!end) return WRDE_SYNTAX;
        e.exists = true;
        for (const char* q = s + 1; q < end; ++q)
          if (!e.put(*q, true)) return WRDE_NOSPACE;
        s = end + 1;
        continue;
      }
      case '"': {
        e.exists = true;
        ++s;
        while (*s != '"') {
          if (!*s) return WRDE_SYNTAX;
          if (*s == '`') return WRDE_CMDSUB;
          if (*s == '\\' && s[1] && strchr("$`\"\\\n", s[1])) {
            if (!e.put(s[1], true)) return WRDE_NOSPACE;
            s += 2;
          } else if (*s == '$') {
            ++s;
            const char* v;
            bool lone;
            if (int r = parameter(&s, e.flags, scratch, &v, &lone)) return r;
            if (lone) v = "$";
            for (; v && *v; ++v)
              if (!e.put(*v, true)) return WRDE_NOSPACE;
          } else {
            if (!e.put(*s, true)) return WRDE_NOSPACE;
            ++s;
          }
        }
        ++s;
        continue;
      }
      case '$': {
        ++s;
        const char* v;
        bool lone;
        if (int r = parameter(&s, e.flags, scratch, &v, &lone)) return r;
        if (lone) {
          if (!e.put('$', false)) return WRDE_NOSPACE;
        } else if (v) {
          if (int r = e.put_split(v)) return r;
        }
        continue;
      }
      default:
        if (!e.put(c, false)) return WRDE_NOSPACE;
        ++s;
    }
  }
  return e.end_field();
}

}  // namespace

void free_words(wordexp_t* we) {
  if (!we || !we->we_wordv) return;
  for (size_t i = 0; i < we->we_wordc; ++i) free(we->we_wordv[we->we_offs + i]);
  free(we->we_wordv);
  we->we_wordv = nullptr;
  we->we_wordc = 0;
}

int expand_words(const char* words, wordexp_t* we, int flags) {
  if (flags & WRDE_REUSE) free_words(we);
  if (!(flags & WRDE_APPEND)) {
    we->we_wordc = 0;
    we->we_wordv = nullptr;
  }
  if (!(flags & WRDE_DOOFFS)) we->we_offs = 0;
  Expander e{};
  e.flags = flags;
  e.ifs = getenv("IFS");
  if (!e.ifs) e.ifs = " \t\n";
  int ret = expand(e, words);
  e.text.release();
  e.pat.release();
  if (ret != 0) {
    e.out.release();
    return ret;
  }
  // we_wordv = we_offs null slots, the earlier words (WRDE_APPEND), the new ones, null.
  const size_t offs = (flags & WRDE_DOOFFS) ? we->we_offs : 0;
  const size_t old = (flags & WRDE_APPEND) && we->we_wordv ? we->we_wordc : 0;
  char** v = static_cast<char**>(realloc((flags & WRDE_APPEND) ? we->we_wordv : nullptr,
                                         (offs + old + e.out.n + 1) * sizeof(char*)));
  if (!v) {
    e.out.release();
    return WRDE_NOSPACE;
  }
  for (size_t i = 0; i < offs; ++i) v[i] = nullptr;
  if (e.out.n) memcpy(v + offs + old, e.out.v, e.out.n * sizeof(char*));
  v[offs + old + e.out.n] = nullptr;
  we->we_wordv = v;
  we->we_wordc = old + e.out.n;
  free(e.out.v);
  return 0;
}

}  // namespace pure

extern "C" int wordexp(const char* __restrict words, wordexp_t* __restrict we, int flags) {
  if (!words || !we) return WRDE_SYNTAX;
  return pure::expand_words(words, we, flags);
}

extern "C" void wordfree(wordexp_t* we) { pure::free_words(we); }
