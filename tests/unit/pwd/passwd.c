/* pwd.h: entries from a file the test writes (fgetpwent, putpwent), and the system's
   /etc/passwd read by hand against getpwuid/getpwnam/getpwent. */
#define _GNU_SOURCE
#include <errno.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static char path[96];

static void from_file(void) {
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  fputs("root:x:0:0:root:/root:/bin/bash\n"
        "broken line without colons\n"
        "nobody:*:65534:65534:Kernel Overflow User:/nonexistent:/usr/sbin/nologin\n"
        "baduid:x:12a:1::/:/bin/sh\n"
        "short:x:1:1:/:/bin/sh\n"
        "empty::7:8:::\n"
        "last:x:4294967294:2::/home/last:/bin/sh", /* no final newline */
        f);
  fclose(f);

  f = fopen(path, "r");
  struct passwd *p = fgetpwent(f);
  CHECK(p != NULL);
  if (p) {
    CHECK_STR(p->pw_name, "root");
    CHECK_STR(p->pw_passwd, "x");
    CHECK_INT(p->pw_uid, 0);
    CHECK_INT(p->pw_gid, 0);
    CHECK_STR(p->pw_gecos, "root");
    CHECK_STR(p->pw_dir, "/root");
    CHECK_STR(p->pw_shell, "/bin/bash");
  }
  p = fgetpwent(f); /* malformed lines are skipped */
  CHECK(p != NULL);
  if (p) {
    CHECK_STR(p->pw_name, "nobody");
    CHECK_INT(p->pw_uid, 65534);
    CHECK_STR(p->pw_gecos, "Kernel Overflow User");
  }
  p = fgetpwent(f);
  CHECK(p != NULL);
  if (p) {
    CHECK_STR(p->pw_name, "empty");
    CHECK_STR(p->pw_passwd, "");
    CHECK_INT(p->pw_uid, 7);
    CHECK_INT(p->pw_gid, 8);
    CHECK_STR(p->pw_dir, "");
    CHECK_STR(p->pw_shell, "");
  }
  /* The _r form: a buffer too small is ERANGE, and the same entry comes back next time. */
  struct passwd pw, *res = (struct passwd *)1;
  char tiny[8], big[256];
  CHECK_INT(fgetpwent_r(f, &pw, tiny, sizeof tiny, &res), ERANGE);
  CHECK(res == NULL);
  CHECK_INT(fgetpwent_r(f, &pw, big, sizeof big, &res), 0);
  CHECK(res == &pw);
  CHECK_STR(pw.pw_name, "last");
  CHECK_INT(pw.pw_uid, 4294967294u);
  CHECK_STR(pw.pw_shell, "/bin/sh");
  CHECK(pw.pw_name >= big && pw.pw_name < big + sizeof big);
  CHECK_INT(fgetpwent_r(f, &pw, big, sizeof big, &res), ENOENT);
  CHECK(res == NULL);
  CHECK(fgetpwent(f) == NULL);
  fclose(f);

  /* putpwent writes the line format back. */
  f = fopen(path, "w+");
  struct passwd w = {"alice", "x", 1000, 100, "Alice A,,,", "/home/alice", "/bin/sh"};
  CHECK_INT(putpwent(&w, f), 0);
  struct passwd bad = {"ev:il", "x", 1, 1, "", "/", "/bin/sh"};
  errno = 0;
  CHECK_INT(putpwent(&bad, f), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(putpwent(NULL, f), -1);
  CHECK_INT(errno, EINVAL);
  rewind(f);
  char line[128];
  CHECK(fgets(line, sizeof line, f) != NULL);
  CHECK_STR(line, "alice:x:1000:100:Alice A,,,:/home/alice:/bin/sh\n");
  CHECK(fgets(line, sizeof line, f) == NULL); /* the refused entry wrote nothing */
  fclose(f);
}

/* The /etc/passwd line of `uid`, split by hand. */
static int find_line(unsigned uid, char *name, char *dir, char *shell) {
  FILE *f = fopen("/etc/passwd", "r");
  if (!f) return 0;
  char line[1024];
  int found = 0;
  while (!found && fgets(line, sizeof line, f)) {
    char n[256], pass[256];
    unsigned u, g;
    int used = 0;
    if (sscanf(line, "%255[^:]:%255[^:]:%u:%u:%n", n, pass, &u, &g, &used) == 4 && used && u == uid) {
      char *rest = line + used; /* gecos:dir:shell */
      char *c1 = strchr(rest, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
      if (!c2) continue;
      *c2 = 0;
      strcpy(dir, c1 + 1);
      strcpy(shell, c2 + 1);
      shell[strcspn(shell, "\n")] = 0;
      strcpy(name, n);
      found = 1;
    }
  }
  fclose(f);
  return found;
}

static void system_db(void) {
  char name[256], dir[512], shell[512];
  uid_t me = getuid();
  errno = 0;
  struct passwd *p = getpwuid(me);
  if (find_line(me, name, dir, shell)) {
    CHECK(p != NULL);
    if (p) {
      CHECK_STR(p->pw_name, name);
      CHECK_STR(p->pw_dir, dir);
      CHECK_STR(p->pw_shell, shell);
      CHECK_INT(p->pw_uid, me);
    }
    p = getpwnam(name);
    CHECK(p != NULL);
    if (p) CHECK_INT(p->pw_uid, me);
    struct passwd pw, *res;
    char tiny[4];
    CHECK_INT(getpwuid_r(me, &pw, tiny, sizeof tiny, &res), ERANGE);
    CHECK(res == NULL);
    char big[2048];
    CHECK_INT(getpwnam_r(name, &pw, big, sizeof big, &res), 0);
    CHECK(res == &pw);
    CHECK_STR(pw.pw_dir, dir);
  } else {
    CHECK(p == NULL); /* an unlisted uid, as in some containers */
    CHECK_INT(errno, 0);
  }
  /* Not found: null, errno untouched, and the _r form says 0 with a null result. */
  errno = 0;
  CHECK(getpwnam("no-such-user-pure-test") == NULL);
  CHECK_INT(errno, 0);
  struct passwd pw, *res = &pw;
  char buf[512];
  CHECK_INT(getpwnam_r("no-such-user-pure-test", &pw, buf, sizeof buf, &res), 0);
  CHECK(res == NULL);

  /* getpwent walks the file in order; setpwent starts over. */
  FILE *f = fopen("/etc/passwd", "r");
  int lines = 0;
  char first[256] = "";
  char line[1024];
  while (f && fgets(line, sizeof line, f)) {
    if (line[0] == '\n' || line[0] == '#') continue;
    if (!lines) sscanf(line, "%255[^:]", first);
    lines++;
  }
  if (f) fclose(f);
  int n = 0;
  for (p = getpwent(); p; p = getpwent()) {
    if (n == 0) CHECK_STR(p->pw_name, first);
    n++;
  }
  CHECK_INT(n, lines);
  setpwent();
  p = getpwent();
  if (lines) CHECK(p != NULL && strcmp(p->pw_name, first) == 0);
  endpwent();
  p = getpwent(); /* reopens after endpwent */
  if (lines) CHECK(p != NULL && strcmp(p->pw_name, first) == 0);
  endpwent();
}

int main(void) {
  snprintf(path, sizeof path, "/tmp/pure-passwd-%d", (int)getpid());
  from_file();
  system_db();
  remove(path);
  return check_done();
}
