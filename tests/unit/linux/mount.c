/* mount, umount, umount2 and unshare, per mount(2), umount(2), unshare(2). With the
   privilege to do so, the test enters a mount namespace of its own (so nothing it does is
   seen outside, even if it dies), mounts a tmpfs on a scratch directory, uses it and
   unmounts it both ways. Without it, each call must fail with EPERM. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>
#include "../check.h"

#define TMPFS_MAGIC 0x01021994 /* statfs(2) */

int main(void) {
  CHECK(mkdir("mnt", 0755) == 0);
  if (unshare(CLONE_NEWNS) != 0) {
    CHECK_INT(errno, EPERM);
    CHECK_INT(mount("none", "mnt", "tmpfs", 0, NULL), -1);
    CHECK_INT(errno, EPERM);
    CHECK_INT(umount("mnt"), -1);
    CHECK_INT(errno, EPERM);
    CHECK_INT(umount2("mnt", MNT_DETACH), -1);
    CHECK_INT(errno, EPERM);
    rmdir("mnt");
    return check_done();
  }
  /* Mounts must not propagate back to the namespace we came from. */
  CHECK_INT(mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL), 0);

  CHECK_INT(mount("none", "mnt", "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=0700"), 0);
  struct statfs fs;
  CHECK_INT(statfs("mnt", &fs), 0);
  CHECK_INT(fs.f_type, TMPFS_MAGIC);
  struct stat st;
  CHECK_INT(stat("mnt", &st), 0);
  CHECK_INT(st.st_mode & 07777, 0700); /* the mode= option reached the file system */
  int fd = open("mnt/file", O_WRONLY | O_CREAT, 0600);
  CHECK(fd >= 0);
  close(fd);

  /* Busy-free unmount; afterwards the file is gone with the tmpfs. */
  CHECK_INT(umount("mnt"), 0);
  CHECK_INT(access("mnt/file", F_OK), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(umount("mnt"), -1); /* no longer a mount point */
  CHECK_INT(errno, EINVAL);

  /* Read-only remount, then a lazy unmount while a descriptor is open on it. */
  CHECK_INT(mount("none", "mnt", "tmpfs", 0, NULL), 0);
  CHECK_INT(mount(NULL, "mnt", NULL, MS_REMOUNT | MS_RDONLY, NULL), 0);
  CHECK_INT(open("mnt/new", O_WRONLY | O_CREAT, 0600), -1);
  CHECK_INT(errno, EROFS);
  int dir = open("mnt", O_RDONLY | O_DIRECTORY);
  CHECK(dir >= 0);
  CHECK_INT(umount2("mnt", 0x80), -1); /* unknown flag */
  CHECK_INT(errno, EINVAL);
  CHECK_INT(umount2("mnt", MNT_DETACH), 0);
  CHECK_INT(fstatfs(dir, &fs), 0); /* still usable through the open descriptor */
  CHECK_INT(fs.f_type, TMPFS_MAGIC);
  close(dir);

  CHECK_INT(mount("none", "mnt", "no-such-fs-type", 0, NULL), -1);
  CHECK_INT(errno, ENODEV);
  rmdir("mnt");
  return check_done();
}
