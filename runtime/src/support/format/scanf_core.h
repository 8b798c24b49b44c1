// The scanf engine, one template for char and wchar_t input (C17 7.21.6.2 / 7.29.2.2):
// whitespace and literal matching, assignment suppression, widths, %n$ positions,
// length modifiers, %m allocation, and every conversion. Input comes from a Source that
// can push back one character, which is all the standard allows.
#pragma once
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "support/format/float_parse.h"
#include "support/format/utf8.h"

namespace pure::format {

// A character source: get() returns the next character or -1, unget() gives back the
// last one read. count is the number of characters consumed so far (for %n).
template <class Char> struct Source {
  long (*get_fn)(Source*);
  void (*unget_fn)(Source*, long);
  size_t count;
  bool failed;  // a read error (not end of input)

  long get() {
    long c = get_fn(this);
    if (c >= 0) count++;
    return c;
  }
  void unget(long c) {
    if (c < 0) return;
    unget_fn(this, c);
    count--;
  }
};

namespace scan_detail {

enum class Len : uint8_t { kNone, kHH, kH, kL, kLL, kJ, kZ, kT, kBigL };

template <class Char> bool is_space(long c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// A format character as the value get() would return for it (bytes are unsigned).
template <class Char> long code(Char c) {
  if constexpr (sizeof(Char) == 1) return static_cast<unsigned char>(c);
  else return static_cast<long>(c);
}

// A growing character buffer for numbers and %m strings.
template <class T> struct Buffer {
  T* data;
  size_t len, cap;
  T small[128];
  bool heap;
  void init() {
    data = small;
    len = 0;
    cap = sizeof small / sizeof small[0];
    heap = false;
  }
  bool push(T c) {
    if (len + 1 >= cap) {
      size_t ncap = cap * 2;
      T* p = static_cast<T*>(heap ? realloc(data, ncap * sizeof(T)) : malloc(ncap * sizeof(T)));
      if (!p) return false;
      if (!heap)
        for (size_t i = 0; i < len; i++) p[i] = data[i];
      data = p;
      cap = ncap;
      heap = true;
    }
    data[len++] = c;
    data[len] = 0;
    return true;
  }
  void release() {
    if (heap) free(data);
  }
};

// Stores an integer into the pointer per the length modifier.
inline void store_int(void* p, Len len, uint64_t v) {
  switch (len) {
    case Len::kHH: *static_cast<unsigned char*>(p) = static_cast<unsigned char>(v); break;
    case Len::kH: *static_cast<unsigned short*>(p) = static_cast<unsigned short>(v); break;
    case Len::kNone: *static_cast<unsigned*>(p) = static_cast<unsigned>(v); break;
    default: *static_cast<uint64_t*>(p) = v; break;
  }
}

inline int digit_value(long c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'z') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'Z') return static_cast<int>(c - 'A' + 10);
  return 99;
}

inline long lower(long c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

// Reads the longest prefix of a floating constant (strtod's grammar) into buf, within
// `width` characters. Returns false when the characters read cannot start a number.
template <class Char> bool read_float_text(Source<Char>& in, size_t width, Buffer<char>& buf) {
  size_t left = width;
  long c = -1;
  auto next = [&]() -> long {
    if (left == 0) return -1;
    left--;
    return in.get();
  };
  auto give_back = [&](long ch) {
    if (ch >= 0) {
      in.unget(ch);
      left++;
    }
  };
  c = next();
  if (c == '+' || c == '-') {
    buf.push(static_cast<char>(c));
    c = next();
  }
  // inf, infinity, nan, nan(n-char-sequence). Only one character can be given back,
  // so a partial word ("infin", "na") is a matching failure, as the standard says.
  if (lower(c) == 'i' || lower(c) == 'n') {
    const char* word = lower(c) == 'i' ? "infinity" : "nan";
    size_t i = 0;
    while (word[i] && lower(c) == word[i]) {
      buf.push(static_cast<char>(c));
      i++;
      c = next();
    }
    if (word[0] == 'i') {
      give_back(c);
      return i == 3 || i == 8;
    }
    if (i < 3) {
      give_back(c);
      return false;
    }
    if (c != '(') {
      give_back(c);
      return true;
    }
    buf.push('(');
    for (;;) {
      c = next();
      if (c == ')') {
        buf.push(')');
        return true;
      }
      if (!((c >= '0' && c <= '9') || (lower(c) >= 'a' && lower(c) <= 'z') || c == '_')) {
        give_back(c);
        return false;
      }
      buf.push(static_cast<char>(c));
    }
  }
  bool hex = false, any = false;
  if (c == '0') {
    any = true;
    buf.push('0');
    c = next();
    if (lower(c) == 'x') {
      hex = true;
      buf.push(static_cast<char>(c));
      c = next();
      any = false;
    }
  }
  bool point = false;
  for (;;) {
    if (hex ? digit_value(c) < 16 : (c >= '0' && c <= '9')) {
      any = true;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      break;
    }
    if (!buf.push(static_cast<char>(c))) return false;
    c = next();
  }
  if (!any) {
    give_back(c);
    // "0x" alone is the number 0 followed by "x" (which cannot be given back as well).
    return hex;
  }
  if (lower(c) == (hex ? 'p' : 'e')) {
    buf.push(static_cast<char>(c));
    c = next();
    if (c == '+' || c == '-') {
      buf.push(static_cast<char>(c));
      c = next();
    }
    if (!(c >= '0' && c <= '9')) {
      give_back(c);
      return false;  // "1e+" is not a number and more than one character cannot go back
    }
    while (c >= '0' && c <= '9') {
      buf.push(static_cast<char>(c));
      c = next();
    }
  }
  give_back(c);
  return true;
}

// The scanset of %[...]: parsed once per conversion into a 256-bit table for narrow
// characters; wide characters beyond 255 are checked against the format directly.
template <class Char> struct ScanSet {
  const Char* begin;  // first character of the set (after '^')
  const Char* end;    // the closing ']'
  bool invert;

  bool parse(const Char*& p) {
    invert = false;
    if (*p == '^') invert = true, p++;
    begin = p;
    if (*p == ']') p++;
    while (*p && *p != ']') p++;
    if (!*p) return false;
    end = p++;
    return true;
  }
  bool contains(long c) const {
    bool in = false;
    for (const Char* q = begin; q < end; q++) {
      if (q + 2 < end && q[1] == '-') {
        if (c >= code(q[0]) && c <= code(q[2])) in = true;
        q += 2;
        continue;
      }
      if (c == code(*q)) in = true;
    }
    return in != invert;
  }
};

}  // namespace scan_detail

// Returns the number of assignments, or EOF (-1) when input ended (or failed) before the
// first conversion. *error gets EILSEQ / ENOMEM / EINVAL where those apply.
template <class Char> int vscan(Source<Char>& in, const Char* fmt, va_list ap_in, int* error) {
  using namespace scan_detail;
  va_list ap;
  va_copy(ap, ap_in);
  int assigned = 0;
  bool converted_any = false;
  bool input_failure = false;
  const Char* p = fmt;
  while (*p) {
    if (is_space<Char>(*p)) {
      while (is_space<Char>(*p)) p++;
      long c;
      while ((c = in.get()) >= 0 && is_space<Char>(c)) {
      }
      in.unget(c);
      continue;
    }
    if (*p != '%' || p[1] == '%') {
      if (*p == '%') {
        p++;
        long c;
        while ((c = in.get()) >= 0 && is_space<Char>(c)) {
        }
        if (c != '%') {
          in.unget(c);
          if (c < 0) input_failure = true;
          break;
        }
        p++;
        continue;
      }
      long c = in.get();
      if (c != code(*p)) {
        in.unget(c);
        if (c < 0) input_failure = true;
        break;
      }
      p++;
      continue;
    }
    p++;
    // %[n$][*][width][m][length]conversion
    bool suppress = false, alloc = false;
    int position = 0;
    if (*p >= '1' && *p <= '9') {
      const Char* q = p;
      int n = 0;
      while (*q >= '0' && *q <= '9') n = n * 10 + static_cast<int>(*q++ - '0');
      if (*q == '$') {
        position = n;
        p = q + 1;
      }
    }
    if (*p == '*') suppress = true, p++;
    size_t width = 0;
    while (*p >= '0' && *p <= '9') width = width * 10 + static_cast<size_t>(*p++ - '0');
    if (*p == 'm') alloc = true, p++;
    Len len = Len::kNone;
    switch (*p) {
      case 'h': p++; if (*p == 'h') p++, len = Len::kHH; else len = Len::kH; break;
      case 'l': p++; if (*p == 'l') p++, len = Len::kLL; else len = Len::kL; break;
      case 'q': p++, len = Len::kLL; break;
      case 'L': p++, len = Len::kBigL; break;
      case 'j': p++, len = Len::kJ; break;
      case 'z': p++, len = Len::kZ; break;
      case 't': p++, len = Len::kT; break;
      default: break;
    }
    Char conv = *p;
    if (!conv) break;
    p++;
    if (conv == 'C') conv = 'c', len = Len::kL;
    if (conv == 'S') conv = 's', len = Len::kL;
    auto next_arg = [&]() -> void* {
      if (suppress) return nullptr;
      if (position > 0) {
        va_list aq;
        va_copy(aq, ap_in);
        void* r = nullptr;
        for (int i = 0; i < position; i++) r = va_arg(aq, void*);
        va_end(aq);
        return r;
      }
      return va_arg(ap, void*);
    };
    if (conv == 'n') {
      void* dst = next_arg();
      if (dst) store_int(dst, len, in.count);
      continue;
    }
    if (conv != '[' && conv != 'c') {
      long c;
      while ((c = in.get()) >= 0 && is_space<Char>(c)) {
      }
      in.unget(c);
      if (c < 0) {
        input_failure = true;
        break;
      }
    }
    bool ok = true;
    switch (conv) {
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': case 'b': {
        int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X' || conv == 'p') ? 16 : conv == 'b' ? 2 : conv == 'i' ? 0 : 10;
        size_t left = width ? width : static_cast<size_t>(-1);
        auto next = [&]() -> long {
          if (!left) return -1;
          left--;
          return in.get();
        };
        long c = next();
        bool neg = false;
        if (c == '+' || c == '-') {
          neg = c == '-';
          c = next();
        }
        bool digits = false;
        if (c == '0' && (base == 0 || base == 16)) {
          digits = true;  // "0" is a number by itself
          c = next();
          if (lower(c) == 'x') {
            long d = next();
            base = 16;
            if (digit_value(d) < 16) {
              c = d;
            } else {
              // "0x" without hex digits reads as 0; only the last character goes back.
              in.unget(d);
              c = -1;
            }
          } else if (base == 0) {
            base = 8;
          }
        }
        if (base == 0) base = 10;
        uint64_t v = 0;
        while (c >= 0 && digit_value(c) < base) {
          v = v * static_cast<unsigned>(base) + static_cast<unsigned>(digit_value(c));
          digits = true;
          c = next();
        }
        in.unget(c);
        if (!digits) {
          ok = false;
          break;
        }
        if (neg) v = 0 - v;
        void* dst = next_arg();
        if (dst) {
          if (conv == 'p') *static_cast<void**>(dst) = reinterpret_cast<void*>(static_cast<uintptr_t>(v));
          else store_int(dst, len, v);
          assigned++;
        }
        converted_any = true;
        break;
      }
      case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': {
        Buffer<char> text;
        text.init();
        text.push(0);
        text.len = 0;
        bool got = read_float_text(in, width ? width : static_cast<size_t>(-1), text);
        if (!got || text.len == 0) {
          text.release();
          ok = false;
          break;
        }
        void* dst = next_arg();
        const char* end;
        int err = 0;
        if (dst) {
          if (len == Len::kBigL) *static_cast<long double*>(dst) = parse_float<long double>(text.data, &end, &err);
          else if (len == Len::kL) *static_cast<double*>(dst) = parse_float<double>(text.data, &end, &err);
          else *static_cast<float*>(dst) = parse_float<float>(text.data, &end, &err);
          assigned++;
        }
        text.release();
        converted_any = true;
        break;
      }
      case 's': case 'c': case '[': {
        ScanSet<Char> set{};
        if (conv == '[' && !set.parse(p)) {
          ok = false;
          *error = EINVAL;
          break;
        }
        size_t limit = width ? width : (conv == 'c' ? 1 : static_cast<size_t>(-1));
        bool wide_out = len == Len::kL;
        void* dst = next_arg();
        // %m: the destination is a pointer to the pointer that receives a new array.
        void** alloc_target = nullptr;
        Buffer<char> nbuf;
        Buffer<wchar_t> wbuf;
        nbuf.init();
        wbuf.init();
        if (alloc && dst) alloc_target = static_cast<void**>(dst), dst = nullptr;
        char* nout = wide_out ? nullptr : static_cast<char*>(dst);
        wchar_t* wout = wide_out ? static_cast<wchar_t*>(dst) : nullptr;
        size_t n = 0;
        bool oom = false, bad = false;
        auto emit = [&](long c) {
          // c is a character of the input type; convert to the output type.
          if (wide_out) {
            uint32_t wc = static_cast<uint32_t>(c);
            if constexpr (sizeof(Char) == 1) {
              // Narrow input of a wide conversion: decode UTF-8 (more bytes follow).
              unsigned char bytes[4] = {static_cast<unsigned char>(c)};
              int need = utf8_length(bytes[0]);
              if (need == 0) {
                bad = true;
                return;
              }
              for (int k = 1; k < need; k++) {
                long d = in.get();
                if (d < 0) {
                  bad = true;
                  return;
                }
                bytes[k] = static_cast<unsigned char>(d);
              }
              if (utf8_decode(bytes, static_cast<size_t>(need), &wc) < 0) {
                bad = true;
                return;
              }
            }
            if (wout) wout[n] = static_cast<wchar_t>(wc);
            else if (alloc_target && !wbuf.push(static_cast<wchar_t>(wc))) oom = true;
          } else {
            char bytes[4];
            int k = 1;
            if constexpr (sizeof(Char) == 1) {
              bytes[0] = static_cast<char>(c);
            } else {
              k = utf8_encode(static_cast<uint32_t>(c), bytes);
              if (k < 0) {
                bad = true;
                return;
              }
            }
            for (int i = 0; i < k; i++) {
              if (nout) nout[n + static_cast<size_t>(i)] = bytes[i];
              else if (alloc_target && !nbuf.push(bytes[i])) oom = true;
            }
            if (k > 1) n += static_cast<size_t>(k - 1);
          }
          n++;
        };
        size_t taken = 0;
        while (taken < limit) {
          long c = in.get();
          if (c < 0) break;
          bool accept = conv == 'c' ? true : conv == 's' ? !is_space<Char>(c) : set.contains(c);
          if (!accept) {
            in.unget(c);
            break;
          }
          emit(c);
          taken++;
          if (bad || oom) break;
        }
        if (bad) *error = EILSEQ;
        if (oom) *error = ENOMEM;
        if (taken == 0 || bad || oom || (conv == 'c' && taken < limit)) {
          nbuf.release();
          wbuf.release();
          if (taken == 0 && in.failed) input_failure = true;
          else if (taken == 0) {
            long c = in.get();
            if (c < 0) input_failure = true;
            else in.unget(c);
          }
          ok = false;
          break;
        }
        if (conv != 'c') {
          if (nout) nout[n] = 0;
          if (wout) wout[n] = 0;
        }
        if (alloc_target) {
          if (wide_out) {
            if (!wbuf.push(0)) oom = true;
            wchar_t* r = static_cast<wchar_t*>(malloc((wbuf.len) * sizeof(wchar_t)));
            if (r)
              for (size_t i = 0; i < wbuf.len; i++) r[i] = wbuf.data[i];
            *alloc_target = r;
            if (!r) oom = true;
          } else {
            if (!nbuf.push(0)) oom = true;
            char* r = static_cast<char*>(malloc(nbuf.len));
            if (r)
              for (size_t i = 0; i < nbuf.len; i++) r[i] = nbuf.data[i];
            *alloc_target = r;
            if (!r) oom = true;
          }
          nbuf.release();
          wbuf.release();
          if (oom) {
            *error = ENOMEM;
            ok = false;
            break;
          }
        }
        if (!suppress) assigned++;
        converted_any = true;
        break;
      }
      default:
        ok = false;
        *error = EINVAL;
        break;
    }
    if (!ok) {
      if (in.failed) input_failure = true;
      break;
    }
  }
  va_end(ap);
  // As the established Linux libc does: an input failure with nothing assigned is EOF,
  // even after suppressed conversions.
  (void)converted_any;
  if (input_failure && assigned == 0) return -1;
  return assigned;
}

}  // namespace pure::format
