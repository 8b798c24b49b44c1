/* The small Linux system calls, per their manual pages: personality(2), syslog(2)
   (klogctl), membarrier(2), adjtimex(2)/clock_adjtime(2), setfsuid(2)/setfsgid(2),
   reboot(2), swapon(2), quotactl(2), capget(2), setns(2), pivot_root(2), delete_module(2), iopl(2),
   ioperm(2) and arch_prctl(2). Calls that need a capability are checked for the error
   the kernel gives with it (an invalid request) or without it (EPERM), whichever holds;
   capget tells which. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdint.h>
#include <string.h>
#include <sys/fsuid.h>
#include <sys/klog.h>
#include <sys/membarrier.h>
#include <sys/personality.h>
#include <sys/quota.h>
#include <sys/reboot.h>
#include <sys/swap.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>
#include <linux/capability.h>
#include "../check.h"

/* Declared by no C library header: programs declare these themselves. */
int capget(cap_user_header_t header, cap_user_data_t data);
int capset(cap_user_header_t header, const cap_user_data_t data);
int pivot_root(const char *new_root, const char *put_old);
int delete_module(const char *name, unsigned int flags);
int iopl(int level);
int ioperm(unsigned long from, unsigned long num, int turn_on);

static struct __user_cap_data_struct caps[2];

static int capable(int cap) { return (caps[cap / 32].effective >> (cap % 32)) & 1; }

/* The error of a call that needs `cap`: `with` when we have it, EPERM when not. */
#define CHECK_PRIVILEGED(call, cap, with)      \
  do {                                          \
    errno = 0;                                  \
    CHECK_INT(call, -1);                        \
    CHECK_INT(errno, capable(cap) ? (with) : EPERM); \
  } while (0)

static void test_capget(void) {
  struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
  CHECK_INT(capget(&h, caps), 0);
  struct __user_cap_data_struct again[2];
  h.pid = getpid();
  CHECK_INT(capget(&h, again), 0);
  CHECK(memcmp(caps, again, sizeof caps) == 0);
  /* Effective is within permitted. */
  CHECK_INT(caps[0].effective & ~caps[0].permitted, 0);
  /* Setting what we have is always allowed. */
  CHECK_INT(capset(&h, caps), 0);
  /* An unknown version: EINVAL, and the kernel writes back the one it prefers. */
  h.version = 0x12345678;
  CHECK_INT(capget(&h, again), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(h.version, _LINUX_CAPABILITY_VERSION_3);
}

static void test_personality(void) {
  int old = personality(0xffffffff); /* query */
  CHECK(old >= 0);
  CHECK_INT(old & PER_MASK, PER_LINUX);
  CHECK_INT(personality(old | ADDR_NO_RANDOMIZE), old);
  CHECK_INT(personality(0xffffffff), old | ADDR_NO_RANDOMIZE);
  CHECK_INT(personality(old), old | ADDR_NO_RANDOMIZE);
  CHECK_INT(personality(0xffffffff), old);
}

static void test_klogctl(void) {
  /* SYSLOG_ACTION_SIZE_BUFFER (10): needs CAP_SYSLOG or CAP_SYS_ADMIN when dmesg is
     restricted; an unknown action is EINVAL once permitted. */
  int size = klogctl(10, NULL, 0);
  if (size < 0) {
    CHECK_INT(errno, EPERM);
  } else {
    CHECK(size > 0);
    CHECK_INT(klogctl(1000, NULL, 0), -1);
    CHECK_INT(errno, EINVAL);
  }
}

static void test_membarrier(void) {
  int cmds = membarrier(MEMBARRIER_CMD_QUERY, 0);
  CHECK(cmds >= 0);
  CHECK_INT(membarrier(1 << 20, 0), -1);
  CHECK_INT(errno, EINVAL);
  if (cmds & MEMBARRIER_CMD_PRIVATE_EXPEDITED) {
    /* Expedited barriers need a registration first. */
    CHECK_INT(membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0), -1);
    CHECK_INT(errno, EPERM);
    CHECK_INT(membarrier(MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0), 0);
    CHECK_INT(membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0), 0);
  }
}

static void test_timex(void) {
  struct timex tx;
  memset(&tx, 0, sizeof tx); /* modes 0: read only */
  int state = adjtimex(&tx);
  CHECK(state >= TIME_OK && state <= TIME_ERROR);
  CHECK(tx.tick > 0);
  time_t now = time(NULL);
  CHECK(tx.time.tv_sec >= now - 5 && tx.time.tv_sec <= now + 5);
  memset(&tx, 0, sizeof tx);
  state = clock_adjtime(CLOCK_REALTIME, &tx);
  CHECK(state >= TIME_OK && state <= TIME_ERROR);
  CHECK(tx.tick > 0);
  memset(&tx, 0, sizeof tx);
  CHECK_INT(clock_adjtime(CLOCK_MONOTONIC, &tx), -1); /* not an adjustable clock */
  CHECK_INT(errno, EOPNOTSUPP);
  /* Setting needs CAP_SYS_TIME; with it, a tick far out of range is EINVAL. */
  memset(&tx, 0, sizeof tx);
  tx.modes = ADJ_TICK;
  tx.tick = 1;
  CHECK_PRIVILEGED(adjtimex(&tx), CAP_SYS_TIME, EINVAL);
}

static void test_fsuid(void) {
  /* An invalid ID changes nothing; the result is the current one, the effective ID. */
  CHECK_INT(setfsuid((uid_t)-1), geteuid());
  CHECK_INT(setfsgid((gid_t)-1), getegid());
  CHECK_INT(setfsuid(geteuid()), geteuid());
}

static void test_privileged(void) {
  /* An unknown reboot command: EINVAL, and nothing happens. */
  CHECK_PRIVILEGED(reboot(0x12345678), CAP_SYS_BOOT, EINVAL);
  /* A file without a swap signature cannot become swap. */
  int fd = open("not_swap", O_WRONLY | O_CREAT | O_TRUNC, 0600);
  CHECK(fd >= 0);
  static char zeros[65536];
  CHECK_INT(write(fd, zeros, sizeof zeros), (int)sizeof zeros);
  close(fd);
  CHECK_PRIVILEGED(swapon("not_swap", 0), CAP_SYS_ADMIN, EINVAL);
  CHECK_PRIVILEGED(swapoff("not_swap"), CAP_SYS_ADMIN, EINVAL);
  unlink("not_swap");
  CHECK_PRIVILEGED(pivot_root("no_such_dir", "no_such_dir"), CAP_SYS_ADMIN, ENOENT);
  /* Without module support (no /proc/modules) the call does not exist. */
  int have_modules = access("/proc/modules", F_OK) == 0;
  errno = 0;
  CHECK_INT(delete_module("pure_no_such_module", O_NONBLOCK), -1);
  CHECK_INT(errno, !have_modules ? ENOSYS : capable(CAP_SYS_MODULE) ? ENOENT : EPERM);
}

static void test_quotactl(void) {
  /* Q_SYNC with no device syncs every file system's quotas, which anyone may ask for;
     other commands need a device; quota types stop at PRJQUOTA. */
  errno = 0;
  int r = quotactl(QCMD(Q_SYNC, USRQUOTA), NULL, 0, NULL);
#if defined(__aarch64__)
  /* The aarch64 tests run under qemu's user mode, which has no quotactl (ENOSYS). */
  if (r != 0 && errno == ENOSYS) return;
#endif
  CHECK_INT(r, 0);
  uint32_t format;
  CHECK_INT(quotactl(QCMD(Q_GETFMT, USRQUOTA), NULL, 0, (char *)&format), -1);
  CHECK_INT(errno, ENODEV);
  CHECK_INT(quotactl(QCMD(Q_GETFMT, MAXQUOTAS), "/", 0, (char *)&format), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(dbtob(3), 3 * QIF_DQBLKSIZE);
  CHECK_INT(btodb(QIF_DQBLKSIZE + 1), 2);
}

static void test_setns(void) {
  int fd = open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC);
  CHECK(fd >= 0);
  /* The descriptor is a UTS namespace: asking for another type is EINVAL. */
  CHECK_INT(setns(fd, CLONE_NEWNET), -1);
  CHECK_INT(errno, EINVAL);
  /* Joining the namespace we are in needs CAP_SYS_ADMIN and changes nothing. */
  errno = 0;
  int r = setns(fd, CLONE_NEWUTS);
  if (capable(CAP_SYS_ADMIN)) CHECK_INT(r, 0);
  else CHECK_INT(errno, EPERM);
  close(fd);
  CHECK_INT(setns(-1, 0), -1);
  CHECK_INT(errno, EBADF);
}

static void test_io_ports(void) {
  /* x86 only, and only in kernels built with I/O port access: iopl(0) never asks for
     more than a process has, so it tells whether the call exists. */
  errno = 0;
  if (iopl(0) == 0) {
    CHECK_INT(iopl(4), -1); /* levels are 0..3 */
    CHECK_INT(errno, EINVAL);
    CHECK_INT(ioperm(0, 70000, 1), -1); /* beyond the 65536 ports */
    CHECK_INT(errno, EINVAL);
  } else {
    CHECK_INT(errno, ENOSYS);
    CHECK_INT(ioperm(0, 1, 0), -1);
    CHECK_INT(errno, ENOSYS);
  }
}

#if defined(__x86_64__)
#include <asm/prctl.h>
int arch_prctl(int code, unsigned long addr);
static void test_arch_prctl(void) {
  /* The FS base is the thread pointer, whose first word points at itself (TLS variant II). */
  unsigned long base = 0, self;
  __asm__("mov %%fs:0, %0" : "=r"(self));
  CHECK_INT(arch_prctl(ARCH_GET_FS, (unsigned long)&base), 0);
  CHECK(base == self);
  CHECK_INT(arch_prctl(0x7777, 0), -1);
  CHECK_INT(errno, EINVAL);
}
#endif

int main(void) {
  test_capget();
  test_personality();
  test_klogctl();
  test_membarrier();
  test_timex();
  test_fsuid();
  test_privileged();
  test_quotactl();
  test_setns();
  test_io_ports();
#if defined(__x86_64__)
  test_arch_prctl();
#endif
  return check_done();
}
