// getlogin, getlogin_r, cuserid. The login name is the user of the audit login uid
// (/proc/self/loginuid, set by the login session and inherited); without one, the user
// utmp records on the terminal of standard input.
#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <utmp.h>

#include "support/errno.h"
#include "support/syscall.h"

namespace pure {
namespace {

// The login uid, or false when the file is missing or says "unset" (4294967295).
bool login_uid(uid_t* uid) {
  long fd = syscall(__NR_openat, AT_FDCWD, "/proc/self/loginuid", O_RDONLY | O_CLOEXEC, 0);
  if (is_error(fd)) return false;
  char text[16];
  long n = syscall(__NR_read, fd, text, sizeof text - 1);
  syscall(__NR_close, fd);
  if (n <= 0) return false;
  unsigned long v = 0;
  for (long i = 0; i < n && text[i] >= '0' && text[i] <= '9'; i++) v = v * 10 + static_cast<unsigned>(text[i] - '0');
  if (text[0] < '0' || text[0] > '9' || v >= 0xffffffffUL) return false;
  *uid = static_cast<uid_t>(v);
  return true;
}

// The user name of `uid` into buf; 0 or an error number (ENOENT when there is none).
int user_name(uid_t uid, char* buf, size_t len) {
  char storage[1024];
  struct passwd pw, *found;
  int e = getpwuid_r(uid, &pw, storage, sizeof storage, &found);
  if (e) return e;
  if (!found) return ENOENT;
  size_t n = strlen(pw.pw_name);
  if (n >= len) return ERANGE;
  memcpy(buf, pw.pw_name, n + 1);
  return 0;
}

// From utmp: the USER_PROCESS record of the terminal on standard input.
int utmp_name(char* buf, size_t len) {
  char tty[64];
  int e = ttyname_r(0, tty, sizeof tty);
  if (e) return e;  // ENOTTY: standard input is not a terminal
  struct utmp key = {};
  strncpy(key.ut_line, strncmp(tty, "/dev/", 5) == 0 ? tty + 5 : tty, sizeof key.ut_line);
  struct utmp rec, *found = nullptr;
  setutent();
  while (getutline_r(&key, &rec, &found) == 0 && found->ut_type != USER_PROCESS) {
  }
  endutent();
  if (!found || found->ut_type != USER_PROCESS) return ENOENT;
  size_t n = strnlen(rec.ut_user, sizeof rec.ut_user);
  if (n >= len) return ERANGE;
  memcpy(buf, rec.ut_user, n);
  buf[n] = 0;
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int getlogin_r(char* buf, size_t len) {
  int saved = errno;
  uid_t uid;
  int e = pure::login_uid(&uid) ? pure::user_name(uid, buf, len) : pure::utmp_name(buf, len);
  errno = saved;
  return e;
}

char* getlogin(void) {
  static constinit char name[UT_NAMESIZE + 1];
  int e = getlogin_r(name, sizeof name);
  if (e) return pure::fail(e, static_cast<char*>(nullptr));
  return name;
}

// The user name of the effective uid (unlike getlogin); an empty string when unknown.
char* cuserid(char* s) {
  static constinit char name[L_cuserid];
  char* out = s ? s : name;
  if (pure::user_name(geteuid(), out, L_cuserid) != 0) out[0] = 0;
  return out;
}

}  // extern "C"
