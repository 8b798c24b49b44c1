/* grp.h: entries from a file the test writes (fgetgrent, putgrent), /etc/group read by
   hand against getgrgid/getgrnam/getgrouplist, and setgroups' error path. */
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static char path[96];

static void from_file(void) {
  FILE *f = fopen(path, "w");
  fputs("root:x:0:\n"
        "adm:x:4:syslog,alice\n"
        "junk\n"
        "users:x:100:alice,,bob,\n"
        "bad:x:-1:\n",
        f);
  fclose(f);
  f = fopen(path, "r");
  struct group *g = fgetgrent(f);
  CHECK(g != NULL);
  if (g) {
    CHECK_STR(g->gr_name, "root");
    CHECK_STR(g->gr_passwd, "x");
    CHECK_INT(g->gr_gid, 0);
    CHECK(g->gr_mem != NULL && g->gr_mem[0] == NULL);
  }
  g = fgetgrent(f);
  CHECK(g != NULL);
  if (g) {
    CHECK_STR(g->gr_name, "adm");
    CHECK_INT(g->gr_gid, 4);
    CHECK_STR(g->gr_mem[0], "syslog");
    CHECK_STR(g->gr_mem[1], "alice");
    CHECK(g->gr_mem[2] == NULL);
  }
  struct group gr, *res;
  char small[20], big[256];
  CHECK_INT(fgetgrent_r(f, &gr, small, sizeof small, &res), ERANGE); /* the member array does not fit */
  CHECK(res == NULL);
  CHECK_INT(fgetgrent_r(f, &gr, big, sizeof big, &res), 0);
  CHECK(res == &gr);
  CHECK_STR(gr.gr_name, "users");
  CHECK_INT(gr.gr_gid, 100);
  CHECK_STR(gr.gr_mem[0], "alice"); /* empty members are dropped */
  CHECK_STR(gr.gr_mem[1], "bob");
  CHECK(gr.gr_mem[2] == NULL);
  CHECK((char *)gr.gr_mem >= big && (char *)gr.gr_mem < big + sizeof big);
  CHECK(((unsigned long)gr.gr_mem % sizeof(char *)) == 0);
  CHECK(fgetgrent(f) == NULL); /* "bad" has no valid gid */
  fclose(f);

  f = fopen(path, "w+");
  char *members[] = {"alice", "bob", NULL};
  struct group w = {"staff", "", 50, members};
  CHECK_INT(putgrent(&w, f), 0);
  char *none[] = {NULL};
  struct group w2 = {"solo", "x", 51, none};
  CHECK_INT(putgrent(&w2, f), 0);
  char *bad_members[] = {"a,b", NULL};
  struct group w3 = {"bad", "x", 52, bad_members};
  errno = 0;
  CHECK_INT(putgrent(&w3, f), -1);
  CHECK_INT(errno, EINVAL);
  rewind(f);
  char line[128];
  CHECK(fgets(line, sizeof line, f) != NULL);
  CHECK_STR(line, "staff::50:alice,bob\n");
  CHECK(fgets(line, sizeof line, f) != NULL);
  CHECK_STR(line, "solo:x:51:\n");
  CHECK(fgets(line, sizeof line, f) == NULL);
  fclose(f);
}

static void system_db(void) {
  /* The first group of /etc/group, by hand. */
  FILE *f = fopen("/etc/group", "r");
  char name[256] = "";
  unsigned gid = 0;
  char line[4096];
  int have = 0;
  while (f && !have && fgets(line, sizeof line, f))
    have = sscanf(line, "%255[^:]:%*[^:]:%u:", name, &gid) == 2;
  if (f) fclose(f);
  if (have) {
    struct group *g = getgrgid(gid);
    CHECK(g != NULL);
    if (g) CHECK_STR(g->gr_name, name);
    g = getgrnam(name);
    CHECK(g != NULL);
    if (g) CHECK_INT(g->gr_gid, gid);
    struct group gr, *res;
    char tiny[2];
    CHECK_INT(getgrnam_r(name, &gr, tiny, sizeof tiny, &res), ERANGE);
    struct group *e = getgrent();
    CHECK(e != NULL && strcmp(e->gr_name, name) == 0);
    setgrent();
    e = getgrent();
    CHECK(e != NULL && strcmp(e->gr_name, name) == 0);
    endgrent();
  }
  errno = 0;
  CHECK(getgrnam("no-such-group-pure-test") == NULL);
  CHECK_INT(errno, 0);

  /* getgrouplist: the given group first, then the user's groups from /etc/group. */
  gid_t groups[256];
  int n = 256;
  int r = getgrouplist("no-such-user-pure-test", 12345, groups, &n);
  CHECK_INT(r, 1);
  CHECK_INT(n, 1);
  CHECK_INT(groups[0], 12345);
  n = 0;
  CHECK_INT(getgrouplist("no-such-user-pure-test", 12345, groups, &n), -1);
  CHECK_INT(n, 1); /* how many there would be */

  /* setgroups needs CAP_SETGID. */
  if (geteuid() != 0) {
    gid_t one = getgid();
    errno = 0;
    CHECK_INT(setgroups(1, &one), -1);
    CHECK_INT(errno, EPERM);
    errno = 0;
    CHECK_INT(initgroups("no-such-user-pure-test", one), -1);
    CHECK_INT(errno, EPERM);
  } else {
    /* As root: set the current list again, which changes nothing. */
    gid_t cur[256];
    int k = getgroups(256, cur);
    CHECK(k >= 0);
    CHECK_INT(setgroups((size_t)k, cur), 0);
    CHECK_INT(getgroups(256, cur), k);
  }
}

int main(void) {
  snprintf(path, sizeof path, "/tmp/pure-group-%d", (int)getpid());
  from_file();
  system_db();
  remove(path);
  return check_done();
}
