/* getlogin, getlogin_r, cuserid, gethostid, ulimit, ftime: checked against what the test
   reads itself (/proc/self/loginuid, /etc/passwd, /etc/hostid, getrlimit, time). */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/timeb.h>
#include <sys/wait.h>
#include <time.h>
#include <ulimit.h>
#include <unistd.h>

#include "../check.h"

/* The /etc/passwd name of uid, by hand; 0 when there is none. */
static int passwd_name(unsigned uid, char *name) {
  FILE *f = fopen("/etc/passwd", "r");
  char line[1024];
  int found = 0;
  while (f && !found && fgets(line, sizeof line, f)) {
    unsigned u;
    found = sscanf(line, "%255[^:]:%*[^:]:%u:", name, &u) == 2 && u == uid;
  }
  if (f) fclose(f);
  return found;
}

static void login_names(void) {
  unsigned long loginuid = 4294967295UL;
  FILE *f = fopen("/proc/self/loginuid", "r");
  if (f) {
    if (fscanf(f, "%lu", &loginuid) != 1) loginuid = 4294967295UL;
    fclose(f);
  }
  char want[256], buf[256];
  if (loginuid != 4294967295UL && passwd_name((unsigned)loginuid, want)) {
    CHECK_STR(getlogin(), want);
    CHECK_INT(getlogin_r(buf, sizeof buf), 0);
    CHECK_STR(buf, want);
    CHECK_INT(getlogin_r(buf, strlen(want)), ERANGE); /* no room for the NUL */
  } else if (!isatty(0)) {
    /* No login uid, and no terminal to look up in utmp. */
    errno = 0;
    CHECK(getlogin() == NULL);
    CHECK_INT(errno, ENOTTY);
    CHECK_INT(getlogin_r(buf, sizeof buf), ENOTTY);
  } else {
    /* A terminal: the answer depends on utmp; it is a name or a failure with errno. */
    errno = 0;
    char *n = getlogin();
    CHECK(n != NULL || errno != 0);
  }

  /* cuserid: the effective user's name. */
  char cu[L_cuserid];
  if (passwd_name(geteuid(), want) && strlen(want) < L_cuserid) {
    CHECK(cuserid(cu) == cu);
    CHECK_STR(cu, want);
    CHECK_STR(cuserid(NULL), want);
  }
}

static void hostid(void) {
  FILE *f = fopen("/etc/hostid", "rb");
  long id = gethostid();
  if (f) {
    int v;
    if (fread(&v, sizeof v, 1, f) == 1) CHECK_INT(id, v);
    fclose(f);
  } else {
    CHECK_INT(gethostid(), id); /* derived the same way each time */
    CHECK(id >= INT32_MIN && id <= INT32_MAX);
  }
  if (geteuid() != 0) {
    errno = 0;
    CHECK_INT(sethostid(1), -1);
    CHECK(errno == EACCES || errno == EPERM);
  }
}

static void limits(void) {
  struct rlimit rl;
  CHECK_INT(getrlimit(RLIMIT_FSIZE, &rl), 0);
  long blocks = ulimit(UL_GETFSIZE);
  if (rl.rlim_cur == RLIM_INFINITY) CHECK_INT(blocks, LONG_MAX);
  else CHECK_INT(blocks, (long)(rl.rlim_cur / 512));
  errno = 0;
  CHECK_INT(ulimit(99), -1);
  CHECK_INT(errno, EINVAL);
  /* Lowering the limit, in a child so the test keeps its own. */
  pid_t pid = fork();
  if (pid == 0) {
    int ok = ulimit(UL_SETFSIZE, 2048L) == 2048 && ulimit(UL_GETFSIZE) == 2048 &&
             getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_cur == 2048 * 512 && rl.rlim_max == 2048 * 512;
    errno = 0;
    ok = ok && ulimit(UL_SETFSIZE, -1L) == -1 && errno == EINVAL;
    _exit(ok ? 0 : 1);
  }
  int status;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void ftime_now(void) {
  struct timeb tb;
  time_t before = time(NULL);
  CHECK_INT(ftime(&tb), 0);
  time_t after = time(NULL);
  CHECK(tb.time >= before && tb.time <= after);
  CHECK(tb.millitm < 1000);
  CHECK_INT(tb.timezone, 0);
  CHECK_INT(tb.dstflag, 0);
}

int main(void) {
  login_names();
  hostid();
  limits();
  ftime_now();
  return check_done();
}
