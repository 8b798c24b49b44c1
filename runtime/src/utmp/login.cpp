// login, logout, logwtmp: the records login programs write for a session on a terminal.
#define _DEFAULT_SOURCE 1
#include <string.h>
#include <sys/time.h>
#include <unistd.h>
#include <utmp.h>

namespace {

void stamp(struct utmp* u) {
  struct timeval tv;
  gettimeofday(&tv, nullptr);
  u->ut_tv.tv_sec = static_cast<decltype(u->ut_tv.tv_sec)>(tv.tv_sec);
  u->ut_tv.tv_usec = static_cast<decltype(u->ut_tv.tv_usec)>(tv.tv_usec);
}

// ut_line: the name of the first standard stream that is a terminal, without "/dev/".
bool terminal_line(char* line, size_t size) {
  char path[64];
  for (int fd = 0; fd < 3; fd++) {
    if (ttyname_r(fd, path, sizeof path) != 0) continue;
    const char* name = strncmp(path, "/dev/", 5) == 0 ? path + 5 : path;
    strncpy(line, name, size);
    return true;
  }
  return false;
}

}  // namespace

extern "C" {

void login(const struct utmp* entry) {
  struct utmp u = *entry;
  u.ut_type = USER_PROCESS;
  u.ut_pid = getpid();
  if (!terminal_line(u.ut_line, sizeof u.ut_line)) strncpy(u.ut_line, "???", sizeof u.ut_line);
  setutent();
  pututline(&u);
  endutent();
  updwtmp(_PATH_WTMP, &u);
}

// Marks the session on `line` dead; 1 if there was one.
int logout(const char* line) {
  struct utmp key = {};
  key.ut_type = USER_PROCESS;
  strncpy(key.ut_line, line, sizeof key.ut_line);
  setutent();
  struct utmp* found = getutline(&key);
  int done = 0;
  if (found) {
    struct utmp u = *found;
    memset(u.ut_user, 0, sizeof u.ut_user);
    memset(u.ut_host, 0, sizeof u.ut_host);
    u.ut_type = DEAD_PROCESS;
    stamp(&u);
    done = pututline(&u) != nullptr;
  }
  endutent();
  return done;
}

// An empty name records the end of the session on `line`.
void logwtmp(const char* line, const char* name, const char* host) {
  struct utmp u = {};
  u.ut_type = name[0] ? USER_PROCESS : DEAD_PROCESS;
  u.ut_pid = getpid();
  strncpy(u.ut_line, line, sizeof u.ut_line);
  strncpy(u.ut_user, name, sizeof u.ut_user);
  strncpy(u.ut_host, host, sizeof u.ut_host);
  stamp(&u);
  updwtmp(_PATH_WTMP, &u);
}

}  // extern "C"
