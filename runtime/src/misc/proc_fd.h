// "/proc/self/fd/N" for a descriptor: how the kernel names what an open file refers to.
#pragma once

namespace pure {

struct ProcFdPath {
  char text[32];
};

inline ProcFdPath proc_fd_path(int fd) {
  ProcFdPath p;
  const char prefix[] = "/proc/self/fd/";
  unsigned i = 0;
  for (; prefix[i]; i++) p.text[i] = prefix[i];
  char digits[12];
  unsigned n = 0;
  unsigned v = static_cast<unsigned>(fd);
  do digits[n++] = static_cast<char>('0' + v % 10);
  while ((v /= 10) != 0);
  while (n) p.text[i++] = digits[--n];
  p.text[i] = '\0';
  return p;
}

}  // namespace pure
