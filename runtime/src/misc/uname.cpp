// uname, gethostname, sethostname, getdomainname, setdomainname.
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <linux/utsname.h>  // struct new_utsname, the kernel's record

#include "support/errno.h"

static_assert(sizeof(struct utsname) == sizeof(struct new_utsname), "struct utsname is the kernel's");

namespace pure {
namespace {

// Copies a NUL-terminated field; POSIX gethostname reports truncation (ENAMETOOLONG, the
// Linux choice) rather than returning an unterminated name.
int copy_name(const char* field, char* name, size_t len) {
  size_t n = strnlen(field, _UTSNAME_LENGTH);
  if (n >= len) return fail(ENAMETOOLONG, -1);
  memcpy(name, field, n + 1);
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int uname(struct utsname* buf) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_uname, buf))); }

int gethostname(char* name, size_t len) {
  struct utsname u;
  if (uname(&u) != 0) return -1;
  return pure::copy_name(u.nodename, name, len);
}

int getdomainname(char* name, size_t len) {
  struct utsname u;
  if (uname(&u) != 0) return -1;
  const char* domain = reinterpret_cast<const char*>(&u) + 5 * _UTSNAME_LENGTH;
  return pure::copy_name(domain, name, len);
}

int sethostname(const char* name, size_t len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_sethostname, name, len)));
}

int setdomainname(const char* name, size_t len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_setdomainname, name, len)));
}

}  // extern "C"
