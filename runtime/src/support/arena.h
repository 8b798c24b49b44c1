// Carving a caller's buffer into the pieces of a result, as the reentrant lookups
// (getpwnam_r, gethostbyname_r, ...) must: strings and pointer arrays, aligned, with
// ERANGE reported by the caller once a piece does not fit.
#pragma once
#include <stddef.h>
#include <string.h>

namespace pure {

// Carves aligned pieces out of a caller's buffer; full() tells that it ran out (ERANGE).
class Arena {
 public:
  Arena(char* buf, size_t len) : p_(buf), end_(buf + len) {}
  void* take(size_t n, size_t align = alignof(void*)) {
    size_t pad = (align - reinterpret_cast<unsigned long>(p_) % align) % align;
    if (full_ || static_cast<size_t>(end_ - p_) < pad + n) {
      full_ = true;
      return nullptr;
    }
    void* r = p_ + pad;
    p_ += pad + n;
    return r;
  }
  char* copy(const char* s) {
    size_t n = strlen(s) + 1;
    char* d = static_cast<char*>(take(n, 1));
    if (d) memcpy(d, s, n);
    return d;
  }
  // A null-terminated array of copies of strings[0..count).
  char** copy_list(char* const* strings, int count) {
    char** list = static_cast<char**>(take(sizeof(char*) * (count + 1)));
    if (!list) return nullptr;
    for (int i = 0; i < count; i++) list[i] = copy(strings[i]);
    list[count] = nullptr;
    return list;
  }
  bool full() const { return full_; }

 private:
  char* p_;
  char* end_;
  bool full_ = false;
};

}  // namespace pure
