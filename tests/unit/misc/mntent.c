/* mntent, per getmntent(3): comments and blank lines skipped, missing trailing fields
   are 0, octal escapes decoded; addmntent escapes what needs it; hasmntopt matches whole
   options only; lines too long for the buffer are reported. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <mntent.h>
#include <stdio.h>
#include <string.h>
#include "../check.h"

int main(void) {
  FILE *f = fopen("fstab", "w");
  CHECK(f != NULL);
  fputs("# a comment\n"
        "/dev/sda1 / ext4 rw,relatime 0 1\n"
        "\n"
        "  proc\t/proc proc defaults\n"
        "/dev/sdb1 /mnt/my\\040disk vfat ro,uid=1000,noauto 0 2\n",
        f);
  fclose(f);

  f = setmntent("fstab", "r");
  CHECK(f != NULL);
  struct mntent *e = getmntent(f);
  CHECK(e != NULL);
  CHECK_STR(e->mnt_fsname, "/dev/sda1");
  CHECK_STR(e->mnt_dir, "/");
  CHECK_STR(e->mnt_type, "ext4");
  CHECK_STR(e->mnt_opts, "rw,relatime");
  CHECK_INT(e->mnt_freq, 0);
  CHECK_INT(e->mnt_passno, 1);
  CHECK_STR(hasmntopt(e, "rw"), "rw,relatime");
  CHECK_STR(hasmntopt(e, "relatime"), "relatime");
  CHECK(hasmntopt(e, "rel") == NULL);

  e = getmntent(f);
  CHECK(e != NULL);
  CHECK_STR(e->mnt_fsname, "proc");
  CHECK_STR(e->mnt_dir, "/proc");
  CHECK_STR(e->mnt_opts, MNTOPT_DEFAULTS);
  CHECK_INT(e->mnt_freq, 0);
  CHECK_INT(e->mnt_passno, 0);

  struct mntent r;
  char buf[256];
  e = getmntent_r(f, &r, buf, sizeof buf);
  CHECK(e == &r);
  CHECK_STR(r.mnt_dir, "/mnt/my disk");
  CHECK_INT(r.mnt_passno, 2);
  CHECK_STR(hasmntopt(&r, "uid"), "uid=1000,noauto");
  CHECK_STR(hasmntopt(&r, MNTOPT_NOAUTO), "noauto");
  CHECK(hasmntopt(&r, "no") == NULL);
  CHECK(getmntent(f) == NULL);
  CHECK_INT(endmntent(f), 1);

  /* Appending: special characters are escaped and come back intact. */
  f = setmntent("fstab", "a+");
  CHECK(f != NULL);
  struct mntent add = {"my server:/x", "/mnt/tab\there", "nfs", "rw,back\\slash", 1, 3};
  CHECK_INT(addmntent(f, &add), 0);
  CHECK_INT(endmntent(f), 1);
  f = fopen("fstab", "r");
  char line[256] = "", last[256] = "";
  while (fgets(line, sizeof line, f)) strcpy(last, line);
  fclose(f);
  CHECK_STR(last, "my\\040server:/x /mnt/tab\\011here nfs rw,back\\134slash 1 3\n");
  f = setmntent("fstab", "r");
  for (int i = 0; i < 4; i++) e = getmntent(f);
  CHECK(e != NULL);
  CHECK_STR(e->mnt_fsname, "my server:/x");
  CHECK_STR(e->mnt_dir, "/mnt/tab\there");
  CHECK_STR(e->mnt_opts, "rw,back\\slash");
  CHECK_INT(e->mnt_freq, 1);
  CHECK_INT(e->mnt_passno, 3);
  endmntent(f);

  /* A line longer than the buffer: ERANGE; the next call goes on after that line. */
  f = setmntent("fstab", "r");
  char small[24];
  errno = 0;
  CHECK(getmntent_r(f, &r, small, sizeof small) == NULL);
  CHECK_INT(errno, ERANGE);
  CHECK(getmntent_r(f, &r, buf, sizeof buf) != NULL);
  CHECK_STR(r.mnt_fsname, "proc");
  endmntent(f);
  CHECK_INT(endmntent(NULL), 1);
  remove("fstab");
  return check_done();
}
