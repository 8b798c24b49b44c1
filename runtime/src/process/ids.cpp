// Process and user identities: getpid, getppid, gettid, get/set[e|r|res]uid and gid,
// getgroups and setgroups.
#include <grp.h>
#include <unistd.h>

#include "support/errno.h"

namespace pure {

// POSIX wants set*id to change every thread's credentials, but the kernel changes only the
// caller's. The threads area provides this hook (it signals every thread to repeat the call)
// once more than one thread exists; single-threaded processes use the plain system call.
long set_ids_all_threads(long number, long a, long b, long c) __attribute__((weak));

namespace {
int set_ids(long number, long a, long b = -1, long c = -1) {
  if (set_ids_all_threads) return static_cast<int>(to_errno(set_ids_all_threads(number, a, b, c)));
  return static_cast<int>(to_errno(syscall(number, a, b, c)));
}
}  // namespace

}  // namespace pure

extern "C" {

pid_t getpid(void) { return static_cast<pid_t>(pure::syscall(__NR_getpid)); }
pid_t getppid(void) { return static_cast<pid_t>(pure::syscall(__NR_getppid)); }
pid_t gettid(void) { return static_cast<pid_t>(pure::syscall(__NR_gettid)); }
uid_t getuid(void) { return static_cast<uid_t>(pure::syscall(__NR_getuid)); }
uid_t geteuid(void) { return static_cast<uid_t>(pure::syscall(__NR_geteuid)); }
gid_t getgid(void) { return static_cast<gid_t>(pure::syscall(__NR_getgid)); }
gid_t getegid(void) { return static_cast<gid_t>(pure::syscall(__NR_getegid)); }

int getresuid(uid_t* ruid, uid_t* euid, uid_t* suid) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_getresuid, ruid, euid, suid)));
}
int getresgid(gid_t* rgid, gid_t* egid, gid_t* sgid) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_getresgid, rgid, egid, sgid)));
}

int getgroups(int size, gid_t list[]) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_getgroups, size, list)));
}

// Declared in <grp.h>; the supplementary groups are per thread in the kernel, so like
// set*id this goes through every thread.
int setgroups(size_t size, const gid_t* list) {
  return pure::set_ids(__NR_setgroups, static_cast<long>(size), reinterpret_cast<long>(list));
}

int setuid(uid_t uid) { return pure::set_ids(__NR_setuid, uid); }
int setgid(gid_t gid) { return pure::set_ids(__NR_setgid, gid); }
// seteuid/setegid change only the effective id: setresuid with -1 for the others.
int seteuid(uid_t uid) { return pure::set_ids(__NR_setresuid, -1, uid, -1); }
int setegid(gid_t gid) { return pure::set_ids(__NR_setresgid, -1, gid, -1); }
int setreuid(uid_t ruid, uid_t euid) { return pure::set_ids(__NR_setreuid, ruid, euid); }
int setregid(gid_t rgid, gid_t egid) { return pure::set_ids(__NR_setregid, rgid, egid); }
int setresuid(uid_t ruid, uid_t euid, uid_t suid) { return pure::set_ids(__NR_setresuid, ruid, euid, suid); }
int setresgid(gid_t rgid, gid_t egid, gid_t sgid) { return pure::set_ids(__NR_setresgid, rgid, egid, sgid); }

}  // extern "C"
