// TZif files (RFC 8536, versions 1 to 4): transitions, local time types and the POSIX TZ
// footer that extends them past the last transition. Leap-second records ("right/"
// zones) are skipped: time_t here counts POSIX seconds.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "support/lock.h"
#include "support/syscall.h"
#include "time/tz.h"

namespace pure {
namespace {

constexpr long kMaxFile = 1 << 20;  // real zones are a few KiB

struct Cursor {
  const unsigned char* p;
  const unsigned char* end;
  bool ok = true;
  bool has(long n) { return ok && (ok = end - p >= n); }
  unsigned long long be(int bytes) {
    unsigned long long v = 0;
    for (int i = 0; i < bytes; i++) v = v << 8 | *p++;
    return v;
  }
};

struct Header {
  int version;
  long isut, isstd, leap, time, type, chars;
};

bool read_header(Cursor* c, Header* h) {
  if (!c->has(44) || memcmp(c->p, "TZif", 4) != 0) return false;
  h->version = c->p[4] ? c->p[4] - '0' : 1;
  c->p += 20;
  long* counts[6] = {&h->isut, &h->isstd, &h->leap, &h->time, &h->type, &h->chars};
  for (long* n : counts) *n = static_cast<long>(c->be(4));
  // RFC 8536 §3.1: at least one type; indicator counts are zero or the type count.
  return h->type >= 1 && h->type <= 256 && h->chars >= 1 && (h->isut == 0 || h->isut == h->type) &&
         (h->isstd == 0 || h->isstd == h->type) && h->time <= kMaxFile && h->leap <= kMaxFile &&
         h->chars <= kMaxFile;
}

long data_size(const Header& h, int time_bytes) {
  return h.time * (time_bytes + 1) + h.type * 6 + h.chars + h.leap * (time_bytes + 4) + h.isstd + h.isut;
}

// Stable storage for footer abbreviations: the table's own character block.
struct Chars {
  char* base;
  long used, size;
};
const char* intern_chars(void* ctx, const char* s, unsigned long n) {
  Chars* c = static_cast<Chars*>(ctx);
  for (long i = 0; i + static_cast<long>(n) < c->used; i++)  // already present?
    if (memcmp(c->base + i, s, n) == 0 && c->base[i + n] == '\0') return c->base + i;
  if (c->used + static_cast<long>(n) + 1 > c->size) return "";  // sized for the footer below
  char* r = c->base + c->used;
  memcpy(r, s, n);
  r[n] = '\0';
  c->used += static_cast<long>(n) + 1;
  return r;
}

// Builds the table from the file's bytes; null when they are not a valid TZif file.
TzFile* parse(const unsigned char* data, long size) {
  Cursor c{data, data + size};
  Header h;
  if (!read_header(&c, &h)) return nullptr;
  int time_bytes = 4;
  if (h.version >= 2) {  // skip the 32-bit block; the 64-bit one follows
    long skip = data_size(h, 4);
    if (!c.has(skip)) return nullptr;
    c.p += skip;
    if (!read_header(&c, &h)) return nullptr;
    time_bytes = 8;
  }
  if (!c.has(data_size(h, time_bytes))) return nullptr;

  // Footer: "\n<POSIX TZ>\n" (version 2+). Its abbreviations need room in the char block.
  const unsigned char* footer = c.p + data_size(h, time_bytes);
  long footer_len = 0;
  if (h.version >= 2 && c.end - footer >= 2 && footer[0] == '\n') {
    const unsigned char* nl = static_cast<const unsigned char*>(memchr(footer + 1, '\n', c.end - footer - 1));
    if (nl) footer_len = nl - footer - 1;
  }

  long chars_size = h.chars + 1 + footer_len + 2;
  size_t bytes = sizeof(TzFile) + h.time * sizeof(long long) + h.type * sizeof(LocalType) + h.time + chars_size;
  auto* mem = static_cast<unsigned char*>(malloc(bytes));
  if (!mem) return nullptr;
  auto* f = reinterpret_cast<TzFile*>(mem);
  auto* times = reinterpret_cast<long long*>(mem + sizeof(TzFile));
  auto* types = reinterpret_cast<LocalType*>(times + h.time);
  auto* indices = reinterpret_cast<unsigned char*>(types + h.type);
  Chars chars{reinterpret_cast<char*>(indices + h.time), h.chars, chars_size};

  for (long i = 0; i < h.time; i++) {
    unsigned long long v = c.be(time_bytes);
    times[i] = time_bytes == 8 ? static_cast<long long>(v) : static_cast<int>(static_cast<unsigned>(v));
  }
  bool ok = true;
  for (long i = 0; i < h.time; i++) {
    indices[i] = *c.p++;
    ok &= indices[i] < h.type && (i == 0 || times[i] > times[i - 1]);
  }
  const unsigned char* ttinfo = c.p;
  c.p += h.type * 6;
  memcpy(chars.base, c.p, h.chars);
  chars.base[h.chars - 1] = '\0';  // the block must end in NUL; make sure it does
  for (long i = 0; i < h.type; i++) {
    const unsigned char* t = ttinfo + i * 6;
    long offset = static_cast<int>(static_cast<unsigned>(t[0] << 24 | t[1] << 16 | t[2] << 8 | t[3]));
    ok &= t[4] <= 1 && t[5] < h.chars && offset > -90000 && offset < 90000;
    types[i] = {offset, t[4] == 1, chars.base + (t[5] < h.chars ? t[5] : 0)};
  }

  f->count = static_cast<int>(h.time);
  f->times = times;
  f->types = indices;
  f->type_count = static_cast<int>(h.type);
  f->type = types;
  f->has_footer = false;
  if (footer_len > 0) {
    char tz[128];
    if (footer_len < static_cast<long>(sizeof tz)) {
      memcpy(tz, footer + 1, footer_len);
      tz[footer_len] = '\0';
      f->has_footer = parse_posix_tz(tz, &f->footer, intern_chars, &chars);
    }
  }
  if (!ok) {
    free(mem);
    return nullptr;
  }
  return f;
}

TzFile* read_tzfile(const char* path) {
  long fd = syscall(__NR_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0) return nullptr;
  auto* buf = static_cast<unsigned char*>(malloc(kMaxFile));
  long size = 0;
  while (buf && size < kMaxFile) {
    long n = syscall(__NR_read, fd, buf + size, kMaxFile - size);
    if (n == -EINTR) continue;
    if (n <= 0) {
      if (n < 0) size = -1;
      break;
    }
    size += n;
  }
  syscall(__NR_close, fd);
  TzFile* f = buf && size > 0 ? parse(buf, size) : nullptr;
  free(buf);
  return f;
}

struct Loaded {
  Loaded* next;
  const TzFile* file;
  char path[];
};
constinit Lock loaded_lock;
constinit Loaded* loaded = nullptr;

}  // namespace

const TzFile* load_tzfile(const char* path) {
  LockGuard guard(loaded_lock);
  for (Loaded* l = loaded; l; l = l->next)
    if (strcmp(l->path, path) == 0) return l->file;
  const TzFile* f = read_tzfile(path);
  if (!f) return nullptr;  // not cached: the file may appear later
  size_t n = strlen(path);
  auto* l = static_cast<Loaded*>(malloc(sizeof(Loaded) + n + 1));
  if (l) {
    l->next = loaded;
    l->file = f;
    memcpy(l->path, path, n + 1);
    loaded = l;
  }
  return f;
}

}  // namespace pure
