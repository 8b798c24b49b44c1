/* utmp.h / utmpx.h: the record layout, and reading, searching, rewriting and appending
   records in a scratch utmp file (utmpname) and a scratch wtmp file (updwtmp). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utmp.h>
#include <utmpx.h>

#include "../check.h"

static struct utmp record(short type, const char *id, const char *line, const char *user, int pid) {
  struct utmp u;
  memset(&u, 0, sizeof u);
  u.ut_type = type;
  u.ut_pid = pid;
  strncpy(u.ut_id, id, sizeof u.ut_id);
  strncpy(u.ut_line, line, sizeof u.ut_line);
  strncpy(u.ut_user, user, sizeof u.ut_user);
  u.ut_tv.tv_sec = 1700000000 + pid;
  return u;
}

static void layout(void) {
  /* The files are shared with the system's login tools: glibc's layout per target. */
#if defined(__x86_64__)
  CHECK_INT(sizeof(struct utmp), 384);
  CHECK_INT(offsetof(struct utmp, ut_session), 336);
  CHECK_INT(offsetof(struct utmp, ut_tv), 340);
  CHECK_INT(offsetof(struct utmp, ut_addr_v6), 348);
  CHECK_INT(sizeof(struct lastlog), 292);
#else
  CHECK_INT(sizeof(struct utmp), 400);
  CHECK_INT(offsetof(struct utmp, ut_session), 336);
  CHECK_INT(offsetof(struct utmp, ut_tv), 344);
  CHECK_INT(offsetof(struct utmp, ut_addr_v6), 360);
  CHECK_INT(sizeof(struct lastlog), 296);
#endif
  CHECK_INT(offsetof(struct utmp, ut_pid), 4);
  CHECK_INT(offsetof(struct utmp, ut_line), 8);
  CHECK_INT(offsetof(struct utmp, ut_id), 40);
  CHECK_INT(offsetof(struct utmp, ut_user), 44);
  CHECK_INT(offsetof(struct utmp, ut_host), 76);
  CHECK_INT(offsetof(struct utmp, ut_exit), 332);
  CHECK_INT(sizeof(struct utmpx), sizeof(struct utmp));
  CHECK_STR(_PATH_UTMP, "/var/run/utmp");
  CHECK_STR(_PATH_WTMP, "/var/log/wtmp");
}

static void utmp_file(const char *path) {
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
  CHECK(fd >= 0);
  close(fd);
  CHECK_INT(utmpname(path), 0);
  setutent();
  CHECK(getutent() == NULL); /* empty file */

  struct utmp boot = record(BOOT_TIME, "", "~", "reboot", 0);
  struct utmp a = record(LOGIN_PROCESS, "tty1", "tty1", "LOGIN", 101);
  struct utmp b = record(USER_PROCESS, "ts/0", "pts/0", "alice", 102);
  setutent();
  CHECK(pututline(&boot) != NULL);
  CHECK(pututline(&a) != NULL);
  struct utmp *w = pututline(&b);
  CHECK(w != NULL && strcmp(w->ut_user, "alice") == 0);
  struct stat st;
  CHECK_INT(stat(path, &st), 0);
  CHECK_INT(st.st_size, 3 * sizeof(struct utmp));

  /* Reading in file order. */
  setutent();
  struct utmp *u = getutent();
  CHECK(u && u->ut_type == BOOT_TIME);
  u = getutent();
  CHECK(u && u->ut_pid == 101 && strcmp(u->ut_line, "tty1") == 0);
  u = getutent();
  CHECK(u && strcmp(u->ut_user, "alice") == 0 && u->ut_tv.tv_sec == 1700000102);
  CHECK(getutent() == NULL);

  /* getutid: clock/run-level records by type; process records by ut_id. */
  setutent();
  struct utmp key = record(BOOT_TIME, "", "", "", 0);
  u = getutid(&key);
  CHECK(u && u->ut_type == BOOT_TIME);
  setutent();
  key = record(DEAD_PROCESS, "ts/0", "", "", 0); /* any process type matches */
  u = getutid(&key);
  CHECK(u && u->ut_pid == 102);
  setutent();
  key = record(USER_PROCESS, "none", "", "", 0);
  CHECK(getutid(&key) == NULL);

  /* getutline: LOGIN_PROCESS or USER_PROCESS on that line. */
  setutent();
  key = record(USER_PROCESS, "", "tty1", "", 0);
  u = getutline(&key);
  CHECK(u && u->ut_type == LOGIN_PROCESS && u->ut_pid == 101);
  struct utmp rbuf, *res = NULL;
  setutent();
  key = record(USER_PROCESS, "", "pts/0", "", 0);
  CHECK_INT(getutline_r(&key, &rbuf, &res), 0);
  CHECK(res == &rbuf && rbuf.ut_pid == 102);

  /* pututline replaces the record with the same id. */
  struct utmp b2 = record(DEAD_PROCESS, "ts/0", "pts/0", "", 102);
  setutent();
  CHECK(pututline(&b2) != NULL);
  CHECK_INT(stat(path, &st), 0);
  CHECK_INT(st.st_size, 3 * sizeof(struct utmp));
  setutent();
  int count = 0, dead = 0;
  while ((u = getutent()) != NULL) {
    count++;
    dead += u->ut_type == DEAD_PROCESS && u->ut_pid == 102;
  }
  CHECK_INT(count, 3);
  CHECK_INT(dead, 1);

  /* logout marks the user's record on the line dead. */
  struct utmp c = record(USER_PROCESS, "ts/1", "pts/1", "bob", 103);
  setutent();
  pututline(&c);
  CHECK_INT(logout("pts/1"), 1);
  CHECK_INT(logout("pts/9"), 0);
  setutent();
  key = record(USER_PROCESS, "ts/1", "", "", 0);
  u = getutid(&key);
  CHECK(u && u->ut_type == DEAD_PROCESS && u->ut_user[0] == 0);

  /* The utmpx view of the same file. */
  setutxent();
  struct utmpx *x = getutxent();
  CHECK(x && x->ut_type == BOOT_TIME);
  struct utmpx xkey;
  memset(&xkey, 0, sizeof xkey);
  xkey.ut_type = LOGIN_PROCESS;
  strcpy(xkey.ut_line, "tty1");
  setutxent();
  x = getutxline(&xkey);
  CHECK(x && x->ut_pid == 101);
  struct utmpx nx;
  memset(&nx, 0, sizeof nx);
  nx.ut_type = USER_PROCESS;
  nx.ut_pid = 104;
  strcpy(nx.ut_id, "ts/2");
  strcpy(nx.ut_user, "carol");
  CHECK(pututxline(&nx) != NULL);
  setutxent();
  xkey.ut_type = USER_PROCESS;
  strcpy(xkey.ut_id, "ts/2");
  x = getutxid(&xkey);
  CHECK(x && strcmp(x->ut_user, "carol") == 0);
  struct utmp conv;
  getutmp(x, &conv);
  CHECK(conv.ut_pid == 104 && strcmp(conv.ut_user, "carol") == 0);
  endutxent();
  endutent();

  /* A read-only file can be read, not written. */
  CHECK_INT(chmod(path, 0444), 0);
  if (geteuid() != 0) {
    CHECK_INT(utmpname(path), 0);
    setutent();
    CHECK(getutent() != NULL);
    errno = 0;
    CHECK(pututline(&c) == NULL);
    CHECK(errno != 0);
    endutent();
  }

  /* A missing file: nothing to read, an error. */
  char missing[128];
  snprintf(missing, sizeof missing, "%s.none", path);
  CHECK_INT(utmpname(missing), 0);
  setutent();
  errno = 0;
  CHECK(getutent() == NULL);
  CHECK_INT(errno, ENOENT);
  endutent();
}

static void wtmp_file(const char *path) {
  int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
  close(fd);
  struct utmp a = record(USER_PROCESS, "ts/0", "pts/0", "alice", 201);
  struct utmp b = record(DEAD_PROCESS, "ts/0", "pts/0", "", 201);
  updwtmp(path, &a);
  updwtmp(path, &b); /* appended, never replaced */
  struct utmpx c;
  memcpy(&c, &a, sizeof c);
  updwtmpx(path, &c);
  struct stat st;
  CHECK_INT(stat(path, &st), 0);
  CHECK_INT(st.st_size, 3 * sizeof(struct utmp));
  CHECK_INT(utmpname(path), 0);
  setutent();
  struct utmp *u = getutent();
  CHECK(u && u->ut_type == USER_PROCESS);
  u = getutent();
  CHECK(u && u->ut_type == DEAD_PROCESS);
  endutent();
  /* No file: nothing is created. */
  char missing[128];
  snprintf(missing, sizeof missing, "%s.none", path);
  updwtmp(missing, &a);
  CHECK(access(missing, F_OK) != 0);
}

int main(void) {
  char utmp_path[64], wtmp_path[64];
  snprintf(utmp_path, sizeof utmp_path, "/tmp/pure-utmp-%d", (int)getpid());
  snprintf(wtmp_path, sizeof wtmp_path, "/tmp/pure-wtmp-%d", (int)getpid());
  layout();
  utmp_file(utmp_path);
  wtmp_file(wtmp_path);
  unlink(utmp_path);
  unlink(wtmp_path);
  return check_done();
}
