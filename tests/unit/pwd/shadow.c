/* shadow.h: entries from a file the test writes (fgetspent, sgetspent, putspent), the
   system's /etc/shadow when readable, and the password-file lock. */
#define _GNU_SOURCE
#include <errno.h>
#include <shadow.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static char path[96];

static void from_file(void) {
  FILE *f = fopen(path, "w");
  fputs("root:*:20228:0:99999:7:::\n"
        "nine:fields:only:8\n"
        "alice:$6$salt$hash:19000::::::\n"
        "bob:!:1:2:3:4:5:6:7\n",
        f);
  fclose(f);
  f = fopen(path, "r");
  struct spwd *s = fgetspent(f);
  CHECK(s != NULL);
  if (s) {
    CHECK_STR(s->sp_namp, "root");
    CHECK_STR(s->sp_pwdp, "*");
    CHECK_INT(s->sp_lstchg, 20228);
    CHECK_INT(s->sp_min, 0);
    CHECK_INT(s->sp_max, 99999);
    CHECK_INT(s->sp_warn, 7);
    CHECK_INT(s->sp_inact, -1); /* empty fields */
    CHECK_INT(s->sp_expire, -1);
    CHECK(s->sp_flag == ~0UL);
  }
  s = fgetspent(f);
  CHECK(s != NULL);
  if (s) {
    CHECK_STR(s->sp_namp, "alice");
    CHECK_STR(s->sp_pwdp, "$6$salt$hash");
    CHECK_INT(s->sp_lstchg, 19000);
    CHECK_INT(s->sp_min, -1);
  }
  struct spwd sp, *res;
  char tiny[4], big[128];
  CHECK_INT(fgetspent_r(f, &sp, tiny, sizeof tiny, &res), ERANGE);
  CHECK_INT(fgetspent_r(f, &sp, big, sizeof big, &res), 0);
  CHECK(res == &sp);
  CHECK_STR(sp.sp_namp, "bob");
  CHECK_INT(sp.sp_lstchg, 1);
  CHECK_INT(sp.sp_expire, 6);
  CHECK_INT(sp.sp_flag, 7);
  CHECK(fgetspent(f) == NULL);
  fclose(f);

  s = sgetspent("carol:x:1:2:3:4:5:6:\n");
  CHECK(s != NULL);
  if (s) {
    CHECK_STR(s->sp_namp, "carol");
    CHECK_INT(s->sp_expire, 6);
  }
  CHECK(sgetspent("not a shadow line") == NULL);

  f = fopen(path, "w+");
  struct spwd w = {"dave", "!", 19500, 0, 99999, 7, -1, -1, ~0UL};
  CHECK_INT(putspent(&w, f), 0);
  struct spwd w2 = {"erin", "", -1, -1, -1, -1, 30, 20000, 0};
  CHECK_INT(putspent(&w2, f), 0);
  rewind(f);
  char line[128];
  CHECK(fgets(line, sizeof line, f) != NULL);
  CHECK_STR(line, "dave:!:19500:0:99999:7:::\n");
  CHECK(fgets(line, sizeof line, f) != NULL);
  CHECK_STR(line, "erin::::::30:20000:0\n");
  fclose(f);
}

static void system_db(void) {
  FILE *f = fopen("/etc/shadow", "r");
  if (!f) {
    /* Not readable (not root): the lookups report the error. */
    int want = errno;
    errno = 0;
    CHECK(getspnam("root") == NULL);
    CHECK_INT(errno, want);
    struct spwd sp, *res;
    char buf[256];
    CHECK_INT(getspnam_r("root", &sp, buf, sizeof buf, &res), want);
    errno = 0;
    CHECK_INT(lckpwdf(), -1);
    CHECK(errno != 0);
    return;
  }
  char line[1024], name[256];
  long last = -2;
  int have = 0;
  while (!have && fgets(line, sizeof line, f)) have = sscanf(line, "%255[^:]:%*[^:]:%ld", name, &last) >= 1;
  fclose(f);
  if (have) {
    struct spwd *s = getspnam(name);
    CHECK(s != NULL);
    if (s) CHECK_STR(s->sp_namp, name);
    s = getspent();
    CHECK(s != NULL && strcmp(s->sp_namp, name) == 0);
    setspent();
    s = getspent();
    CHECK(s != NULL && strcmp(s->sp_namp, name) == 0);
    endspent();
  }
  errno = 0;
  CHECK(getspnam("no-such-user-pure-test") == NULL);
  CHECK_INT(errno, 0);
  CHECK_INT(lckpwdf(), 0);
  errno = 0;
  CHECK_INT(lckpwdf(), -1); /* already held by this process */
  CHECK_INT(ulckpwdf(), 0);
  errno = 0;
  CHECK_INT(ulckpwdf(), -1);
}

int main(void) {
  snprintf(path, sizeof path, "/tmp/pure-shadow-%d", (int)getpid());
  from_file();
  system_db();
  remove(path);
  return check_done();
}
