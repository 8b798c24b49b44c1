// catopen, catgets, catclose: message catalogs in the binary format gencat writes (glibc's
// gencat, so `gencat app.cat app.msg` on any Linux makes a catalog pure reads).
//
// The format, all 32-bit words: magic 0x960408de, plane size P, plane depth D, then two
// copies of a hash table of P*D entries (set_id + 1, msg_id, string offset), the first in
// the writer's byte order and the second byte-swapped, then the NUL-terminated strings. A
// message lives at index ((set_id + 1) * msg_id) % P + k * P for some layer k < D; an
// entry with a set of 0 is empty. Offsets count from the start of the strings.
//
// Where catopen looks (POSIX): a name containing '/' is a path; otherwise each template of
// NLSPATH (default below) with %N the name, %L the LC_MESSAGES locale (NL_CAT_LOCALE) or
// LANG (flag 0), %l/%t/%c its language, territory and codeset, %% a '%'.
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <nl_types.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "locale/locale.h"
#include "support/errno.h"
#include "support/syscall.h"

namespace pure {
namespace {

constexpr uint32_t kMagic = 0x960408de;
constexpr size_t kMaxCatalog = 64 << 20;  // refuse absurd files rather than exhaust memory
constexpr const char* kDefaultPath =
    "/usr/share/locale/%L/%N:/usr/share/locale/%L/LC_MESSAGES/%N:"
    "/usr/share/locale/%l/%N:/usr/share/locale/%l/LC_MESSAGES/%N";

struct Catalog {
  uint32_t plane_size;
  uint32_t plane_depth;
  const uint32_t* table;  // the copy in our byte order
  const char* strings;
  size_t strings_size;
  size_t size;
  alignas(uint32_t) unsigned char data[];
};

uint32_t swap32(uint32_t v) { return __builtin_bswap32(v); }

// Reads the whole file at `path` into a new Catalog and checks its structure.
Catalog* load(const char* path) {
  long fd = syscall(__NR_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
  if (is_error(fd)) return nullptr;
  Catalog* cat = nullptr;
  long end = syscall(__NR_lseek, fd, 0, SEEK_END);
  if (!is_error(end) && end >= 12 && static_cast<size_t>(end) <= kMaxCatalog &&
      !is_error(syscall(__NR_lseek, fd, 0, SEEK_SET))) {
    size_t size = static_cast<size_t>(end);
    cat = static_cast<Catalog*>(malloc(sizeof(Catalog) + size));
    size_t got = 0;
    while (cat && got < size) {
      long n = syscall(__NR_read, fd, cat->data + got, size - got);
      if (n == -EINTR) continue;
      if (n <= 0) break;
      got += static_cast<size_t>(n);
    }
    if (cat && got == size) {
      cat->size = size;
    } else {
      free(cat);
      cat = nullptr;
    }
  }
  syscall(__NR_close, fd);
  if (!cat) return nullptr;

  const uint32_t* words = reinterpret_cast<const uint32_t*>(cat->data);
  bool same_order = words[0] == kMagic;
  if (!same_order && words[0] != swap32(kMagic)) {
    free(cat);
    return nullptr;
  }
  uint32_t p = same_order ? words[1] : swap32(words[1]);
  uint32_t d = same_order ? words[2] : swap32(words[2]);
  uint64_t entries = static_cast<uint64_t>(p) * d;
  uint64_t tables_end = 12 + 2 * entries * 12;
  if (p == 0 || d == 0 || tables_end > cat->size) {
    free(cat);
    return nullptr;
  }
  cat->plane_size = p;
  cat->plane_depth = d;
  // The copy in the writer's order comes first; the byte-swapped one second.
  cat->table = words + 3 + (same_order ? 0 : entries * 3);
  cat->strings = reinterpret_cast<const char*>(cat->data) + tables_end;
  cat->strings_size = cat->size - tables_end;
  return cat;
}

// Appends s[0..n) to buf (of kPathMax bytes); false when it does not fit.
constexpr size_t kPathMax = 4096;
bool append(char* buf, size_t* len, const char* s, size_t n) {
  if (*len + n >= kPathMax) return false;
  memcpy(buf + *len, s, n);
  *len += n;
  return true;
}

// Expands one NLSPATH template; false when a path would be too long.
bool expand(const char* t, size_t tn, const char* name, const char* locale, char* out) {
  size_t len = 0;
  // language[_territory][.codeset][@modifier]
  size_t lang_n = strcspn(locale, "_.@");
  const char* terr = locale[lang_n] == '_' ? locale + lang_n + 1 : "";
  size_t terr_n = strcspn(terr, ".@");
  const char* code = strchr(locale, '.');
  code = code ? code + 1 : "";
  size_t code_n = strcspn(code, "@");
  for (size_t i = 0; i < tn; ++i) {
    bool ok = true;
    if (t[i] != '%' || i + 1 == tn) {
      ok = append(out, &len, t + i, 1);
    } else {
      switch (t[++i]) {
        case 'N': ok = append(out, &len, name, strlen(name)); break;
        case 'L': ok = append(out, &len, locale, strlen(locale)); break;
        case 'l': ok = append(out, &len, locale, lang_n); break;
        case 't': ok = append(out, &len, terr, terr_n); break;
        case 'c': ok = append(out, &len, code, code_n); break;
        case '%': ok = append(out, &len, "%", 1); break;
        default: ok = append(out, &len, t + i - 1, 2); break;
      }
    }
    if (!ok) return false;
  }
  out[len] = '\0';
  return true;
}

}  // namespace
}  // namespace pure

extern "C" nl_catd catopen(const char* name, int flag) {
  using namespace pure;
  nl_catd failed = reinterpret_cast<nl_catd>(-1L);
  if (!name || !*name) return fail(ENOENT, failed);
  if (strchr(name, '/')) {
    Catalog* cat = load(name);
    return cat ? cat : fail(ENOENT, failed);
  }
  const char* locale = nullptr;
  if (flag == NL_CAT_LOCALE) {
    locale = current_locale()->names[LC_MESSAGES];
  } else {
    locale = getenv("LANG");
  }
  if (!locale || !*locale) locale = "C";
  const char* path = getenv("NLSPATH");
  if (!path || !*path) path = kDefaultPath;
  char buf[kPathMax];
  for (const char* p = path;; ++p) {
    size_t n = strcspn(p, ":");
    // An empty template stands for the name itself (POSIX).
    bool ok = n == 0 ? expand("%N", 2, name, locale, buf) : expand(p, n, name, locale, buf);
    if (ok) {
      Catalog* cat = load(buf);
      if (cat) return cat;
    }
    p += n;
    if (!*p) break;
  }
  return fail(ENOENT, failed);
}

extern "C" char* catgets(nl_catd catd, int set_id, int msg_id, const char* s) {
  using namespace pure;
  if (!catd || catd == reinterpret_cast<nl_catd>(-1L)) {
    errno = EBADF;
    return const_cast<char*>(s);
  }
  auto* cat = static_cast<Catalog*>(catd);
  if (set_id < 1 || msg_id < 1) {  // NL_SETMAX and NL_MSGMAX start at 1
    errno = ENOMSG;
    return const_cast<char*>(s);
  }
  uint32_t set = static_cast<uint32_t>(set_id) + 1;
  uint32_t msg = static_cast<uint32_t>(msg_id);
  uint32_t slot = static_cast<uint32_t>((static_cast<uint64_t>(set) * msg) % cat->plane_size);
  for (uint32_t layer = 0; layer < cat->plane_depth; ++layer) {
    const uint32_t* e = cat->table + 3 * (static_cast<uint64_t>(layer) * cat->plane_size + slot);
    if (e[0] == set && e[1] == msg) {
      size_t off = e[2];
      // A damaged catalog must not send us outside the file or into an unterminated string.
      if (off < cat->strings_size && memchr(cat->strings + off, '\0', cat->strings_size - off))
        return const_cast<char*>(cat->strings + off);
      break;
    }
  }
  errno = ENOMSG;
  return const_cast<char*>(s);
}

extern "C" int catclose(nl_catd catd) {
  if (!catd || catd == reinterpret_cast<nl_catd>(-1L)) return pure::fail(EBADF, -1);
  free(catd);
  return 0;
}
