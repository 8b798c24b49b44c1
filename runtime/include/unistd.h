/* unistd.h: standard symbolic constants and the POSIX system interfaces. */
#ifndef _UNISTD_H
#define _UNISTD_H
#include <features.h>
#include <bits/types/gid_t.h>
#include <bits/types/off_t.h>
#include <bits/types/pid_t.h>
#include <bits/types/size_t.h>
#include <bits/types/ssize_t.h>
#include <bits/types/uid_t.h>
#include <bits/types/useconds_t.h>
#define __need_NULL
#include <stddef.h>

/* Versions and options this implementation supports. */
#define _POSIX_VERSION 200809L
#define _POSIX2_VERSION 200809L
#define _XOPEN_VERSION 700
#define _XOPEN_UNIX 1
#define _POSIX_ADVISORY_INFO 200809L
#define _POSIX_CHOWN_RESTRICTED 1
#define _POSIX_CLOCK_SELECTION 200809L
#define _POSIX_CPUTIME 200809L
#define _POSIX_FSYNC 200809L
#define _POSIX_JOB_CONTROL 1
#define _POSIX_MAPPED_FILES 200809L
#define _POSIX_MEMLOCK 200809L
#define _POSIX_MEMLOCK_RANGE 200809L
#define _POSIX_MEMORY_PROTECTION 200809L
#define _POSIX_MONOTONIC_CLOCK 200809L
#define _POSIX_NO_TRUNC 1
#define _POSIX_SAVED_IDS 1
#define _POSIX_SYNCHRONIZED_IO 200809L
#define _POSIX_THREADS 200809L
#define _POSIX_THREAD_SAFE_FUNCTIONS 200809L
#define _POSIX_THREAD_CPUTIME 200809L
#define _POSIX_TIMERS 200809L
#define _POSIX_VDISABLE '\0'
#define _POSIX2_C_BIND 200809L

/* access() modes. */
#define F_OK 0
#define X_OK 1
#define W_OK 2
#define R_OK 4

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif
#ifndef SEEK_DATA
#define SEEK_DATA 3
#define SEEK_HOLE 4
#endif

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

/* lockf() functions. */
#define F_ULOCK 0
#define F_LOCK 1
#define F_TLOCK 2
#define F_TEST 3

/* sysconf() names. */
#define _SC_ARG_MAX 0
#define _SC_CHILD_MAX 1
#define _SC_CLK_TCK 2
#define _SC_NGROUPS_MAX 3
#define _SC_OPEN_MAX 4
#define _SC_STREAM_MAX 5
#define _SC_TZNAME_MAX 6
#define _SC_JOB_CONTROL 7
#define _SC_SAVED_IDS 8
#define _SC_REALTIME_SIGNALS 9
#define _SC_PRIORITY_SCHEDULING 10
#define _SC_TIMERS 11
#define _SC_ASYNCHRONOUS_IO 12
#define _SC_PRIORITIZED_IO 13
#define _SC_SYNCHRONIZED_IO 14
#define _SC_FSYNC 15
#define _SC_MAPPED_FILES 16
#define _SC_MEMLOCK 17
#define _SC_MEMLOCK_RANGE 18
#define _SC_MEMORY_PROTECTION 19
#define _SC_MESSAGE_PASSING 20
#define _SC_SEMAPHORES 21
#define _SC_SHARED_MEMORY_OBJECTS 22
#define _SC_AIO_LISTIO_MAX 23
#define _SC_AIO_MAX 24
#define _SC_AIO_PRIO_DELTA_MAX 25
#define _SC_DELAYTIMER_MAX 26
#define _SC_MQ_OPEN_MAX 27
#define _SC_MQ_PRIO_MAX 28
#define _SC_VERSION 29
#define _SC_PAGESIZE 30
#define _SC_PAGE_SIZE _SC_PAGESIZE
#define _SC_RTSIG_MAX 31
#define _SC_SEM_NSEMS_MAX 32
#define _SC_SEM_VALUE_MAX 33
#define _SC_SIGQUEUE_MAX 34
#define _SC_TIMER_MAX 35
#define _SC_BC_BASE_MAX 36
#define _SC_BC_DIM_MAX 37
#define _SC_BC_SCALE_MAX 38
#define _SC_BC_STRING_MAX 39
#define _SC_COLL_WEIGHTS_MAX 40
#define _SC_EXPR_NEST_MAX 42
#define _SC_LINE_MAX 43
#define _SC_RE_DUP_MAX 44
#define _SC_2_VERSION 46
#define _SC_2_C_BIND 47
#define _SC_2_C_DEV 48
#define _SC_2_FORT_DEV 49
#define _SC_2_FORT_RUN 50
#define _SC_2_SW_DEV 51
#define _SC_2_LOCALEDEF 52
#define _SC_UIO_MAXIOV 60
#define _SC_IOV_MAX _SC_UIO_MAXIOV
#define _SC_THREADS 67
#define _SC_THREAD_SAFE_FUNCTIONS 68
#define _SC_GETGR_R_SIZE_MAX 69
#define _SC_GETPW_R_SIZE_MAX 70
#define _SC_LOGIN_NAME_MAX 71
#define _SC_TTY_NAME_MAX 72
#define _SC_THREAD_DESTRUCTOR_ITERATIONS 73
#define _SC_THREAD_KEYS_MAX 74
#define _SC_THREAD_STACK_MIN 75
#define _SC_THREAD_THREADS_MAX 76
#define _SC_THREAD_ATTR_STACKADDR 77
#define _SC_THREAD_ATTR_STACKSIZE 78
#define _SC_THREAD_PRIORITY_SCHEDULING 79
#define _SC_THREAD_PRIO_INHERIT 80
#define _SC_THREAD_PRIO_PROTECT 81
#define _SC_THREAD_PROCESS_SHARED 82
#define _SC_NPROCESSORS_CONF 83
#define _SC_NPROCESSORS_ONLN 84
#define _SC_PHYS_PAGES 85
#define _SC_AVPHYS_PAGES 86
#define _SC_ATEXIT_MAX 87
#define _SC_PASS_MAX 88
#define _SC_XOPEN_VERSION 89
#define _SC_XOPEN_UNIX 91
#define _SC_XOPEN_CRYPT 92
#define _SC_XOPEN_ENH_I18N 93
#define _SC_XOPEN_SHM 94
#define _SC_2_CHAR_TERM 95
#define _SC_2_UPE 97
#define _SC_NZERO 109
#define _SC_XOPEN_LEGACY 129
#define _SC_XOPEN_REALTIME 130
#define _SC_XOPEN_REALTIME_THREADS 131
#define _SC_ADVISORY_INFO 132
#define _SC_BARRIERS 133
#define _SC_CLOCK_SELECTION 137
#define _SC_CPUTIME 138
#define _SC_THREAD_CPUTIME 139
#define _SC_MONOTONIC_CLOCK 149
#define _SC_READER_WRITER_LOCKS 153
#define _SC_SPIN_LOCKS 154
#define _SC_REGEXP 155
#define _SC_SHELL 157
#define _SC_SPAWN 159
#define _SC_SPORADIC_SERVER 160
#define _SC_THREAD_SPORADIC_SERVER 161
#define _SC_TIMEOUTS 164
#define _SC_TYPED_MEMORY_OBJECTS 165
#define _SC_2_PBS 168
#define _SC_2_PBS_ACCOUNTING 169
#define _SC_2_PBS_LOCATE 170
#define _SC_2_PBS_MESSAGE 171
#define _SC_2_PBS_TRACK 172
#define _SC_SYMLOOP_MAX 173
#define _SC_2_PBS_CHECKPOINT 175
#define _SC_V6_ILP32_OFF32 176
#define _SC_V6_ILP32_OFFBIG 177
#define _SC_V6_LP64_OFF64 178
#define _SC_V6_LPBIG_OFFBIG 179
#define _SC_HOST_NAME_MAX 180
#define _SC_TRACE 181
#define _SC_TRACE_EVENT_FILTER 182
#define _SC_TRACE_INHERIT 183
#define _SC_TRACE_LOG 184
#define _SC_LEVEL1_DCACHE_LINESIZE 190
#define _SC_IPV6 235
#define _SC_RAW_SOCKETS 236
#define _SC_V7_ILP32_OFF32 237
#define _SC_V7_ILP32_OFFBIG 238
#define _SC_V7_LP64_OFF64 239
#define _SC_V7_LPBIG_OFFBIG 240
#define _SC_SS_REPL_MAX 241
#define _SC_TRACE_EVENT_NAME_MAX 242
#define _SC_TRACE_NAME_MAX 243
#define _SC_TRACE_SYS_MAX 244
#define _SC_TRACE_USER_EVENT_MAX 245
#define _SC_XOPEN_STREAMS 246
#define _SC_THREAD_ROBUST_PRIO_INHERIT 247
#define _SC_THREAD_ROBUST_PRIO_PROTECT 248
#define _SC_MINSIGSTKSZ 249
#define _SC_SIGSTKSZ 250

/* pathconf() names. */
#define _PC_LINK_MAX 0
#define _PC_MAX_CANON 1
#define _PC_MAX_INPUT 2
#define _PC_NAME_MAX 3
#define _PC_PATH_MAX 4
#define _PC_PIPE_BUF 5
#define _PC_CHOWN_RESTRICTED 6
#define _PC_NO_TRUNC 7
#define _PC_VDISABLE 8
#define _PC_SYNC_IO 9
#define _PC_ASYNC_IO 10
#define _PC_PRIO_IO 11
#define _PC_FILESIZEBITS 13
#define _PC_REC_INCR_XFER_SIZE 14
#define _PC_REC_MAX_XFER_SIZE 15
#define _PC_REC_MIN_XFER_SIZE 16
#define _PC_REC_XFER_ALIGN 17
#define _PC_ALLOC_SIZE_MIN 18
#define _PC_SYMLINK_MAX 19
#define _PC_2_SYMLINKS 20
#define _PC_TIMESTAMP_RESOLUTION 21

/* confstr() names. */
#define _CS_PATH 0
#define _CS_POSIX_V6_WIDTH_RESTRICTED_ENVS 1
#define _CS_GNU_LIBC_VERSION 2
#define _CS_GNU_LIBPTHREAD_VERSION 3
#define _CS_POSIX_V7_WIDTH_RESTRICTED_ENVS 4
#define _CS_POSIX_V7_LP64_OFF64_CFLAGS 1132
#define _CS_POSIX_V7_LP64_OFF64_LDFLAGS 1133
#define _CS_POSIX_V7_LP64_OFF64_LIBS 1134

__PURE_BEGIN_DECLS

int access(const char *__path, int __mode);
unsigned int alarm(unsigned int __seconds);
int chdir(const char *__path);
int chown(const char *__path, uid_t __owner, gid_t __group);
int close(int __fd);
size_t confstr(int __name, char *__buf, size_t __len);
int dup(int __fd);
int dup2(int __fd, int __fd2);
__PURE_NORETURN void _exit(int __status);
int execl(const char *__path, const char *__arg0, ...);
int execle(const char *__path, const char *__arg0, ...);
int execlp(const char *__file, const char *__arg0, ...);
int execv(const char *__path, char *const __argv[]);
int execve(const char *__path, char *const __argv[], char *const __envp[]);
int execvp(const char *__file, char *const __argv[]);
int faccessat(int __dirfd, const char *__path, int __mode, int __flags);
int fchdir(int __fd);
int fchown(int __fd, uid_t __owner, gid_t __group);
int fchownat(int __dirfd, const char *__path, uid_t __owner, gid_t __group, int __flags);
int fdatasync(int __fd);
int fexecve(int __fd, char *const __argv[], char *const __envp[]);
pid_t fork(void);
long fpathconf(int __fd, int __name);
int fsync(int __fd);
int ftruncate(int __fd, off_t __length);
char *getcwd(char *__buf, size_t __size);
gid_t getegid(void);
uid_t geteuid(void);
gid_t getgid(void);
int getgroups(int __size, gid_t __list[]);
char *getlogin(void);
int getlogin_r(char *__buf, size_t __len);
int gethostname(char *__name, size_t __len);
int getopt(int __argc, char *const __argv[], const char *__optstring);
pid_t getpgid(pid_t __pid);
pid_t getpgrp(void);
pid_t getpid(void);
pid_t getppid(void);
pid_t getsid(pid_t __pid);
uid_t getuid(void);
int isatty(int __fd);
int lchown(const char *__path, uid_t __owner, gid_t __group);
int link(const char *__oldpath, const char *__newpath);
int linkat(int __olddirfd, const char *__oldpath, int __newdirfd, const char *__newpath, int __flags);
int lockf(int __fd, int __function, off_t __size);
off_t lseek(int __fd, off_t __offset, int __whence);
int nice(int __incr);
long pathconf(const char *__path, int __name);
int pause(void);
int pipe(int __fds[2]);
ssize_t pread(int __fd, void *__buf, size_t __count, off_t __offset);
ssize_t pwrite(int __fd, const void *__buf, size_t __count, off_t __offset);
ssize_t read(int __fd, void *__buf, size_t __count);
ssize_t readlink(const char *__PURE_RESTRICT __path, char *__PURE_RESTRICT __buf, size_t __size);
ssize_t readlinkat(int __dirfd, const char *__PURE_RESTRICT __path, char *__PURE_RESTRICT __buf, size_t __size);
int rmdir(const char *__path);
int setegid(gid_t __gid);
int seteuid(uid_t __uid);
int setgid(gid_t __gid);
int setpgid(pid_t __pid, pid_t __pgid);
int setregid(gid_t __rgid, gid_t __egid);
int setreuid(uid_t __ruid, uid_t __euid);
pid_t setsid(void);
int setuid(uid_t __uid);
unsigned int sleep(unsigned int __seconds);
void swab(const void *__PURE_RESTRICT __from, void *__PURE_RESTRICT __to, ssize_t __n);
int symlink(const char *__target, const char *__linkpath);
int symlinkat(const char *__target, int __newdirfd, const char *__linkpath);
void sync(void);
long sysconf(int __name);
pid_t tcgetpgrp(int __fd);
int tcsetpgrp(int __fd, pid_t __pgrp);
int truncate(const char *__path, off_t __length);
char *ttyname(int __fd);
int ttyname_r(int __fd, char *__buf, size_t __len);
int unlink(const char *__path);
int unlinkat(int __dirfd, const char *__path, int __flags);
ssize_t write(int __fd, const void *__buf, size_t __count);

extern char *optarg;
extern int optind, opterr, optopt;

#if __PURE_DEFAULT || __PURE_XOPEN
int usleep(useconds_t __usec);
pid_t vfork(void);
int getpagesize(void);
int getdtablesize(void);
int chroot(const char *__path);
int daemon(int __nochdir, int __noclose);
int sethostname(const char *__name, size_t __len);
int getdomainname(char *__name, size_t __len);
int setdomainname(const char *__name, size_t __len);
int getentropy(void *__buf, size_t __len);
/* POSIX 2024 additions. */
int dup3(int __fd, int __fd2, int __flags);
int pipe2(int __fds[2], int __flags);
long syscall(long __number, ...);
int acct(const char *__path);
int vhangup(void);
useconds_t ualarm(useconds_t __usecs, useconds_t __interval);
pid_t setpgrp(void);
int issetugid(void);
char *getusershell(void);
void setusershell(void);
void endusershell(void);
long gethostid(void);
char *getpass(const char *__prompt);
#endif

#if __PURE_DEFAULT
int sethostid(long __id);
#endif

#if __PURE_POSIX >= 200809L
/* POSIX 2024: close(), with EINTR turned into EINPROGRESS (the descriptor is always freed). */
#define POSIX_CLOSE_RESTART 0
int posix_close(int __fd, int __flag);
#endif

#if __PURE_GNU || __PURE_DEFAULT
extern char **environ;
#endif

#if __PURE_GNU
int execvpe(const char *__file, char *const __argv[], char *const __envp[]);
int euidaccess(const char *__path, int __mode);
int eaccess(const char *__path, int __mode);
char *get_current_dir_name(void);
pid_t gettid(void);
int getresuid(uid_t *__ruid, uid_t *__euid, uid_t *__suid);
int getresgid(gid_t *__rgid, gid_t *__egid, gid_t *__sgid);
int setresuid(uid_t __ruid, uid_t __euid, uid_t __suid);
int setresgid(gid_t __rgid, gid_t __egid, gid_t __sgid);
int syncfs(int __fd);
ssize_t copy_file_range(int __fd_in, off_t *__off_in, int __fd_out, off_t *__off_out, size_t __len, unsigned int __flags);
int close_range(unsigned int __first, unsigned int __last, int __flags);
#define CLOSE_RANGE_UNSHARE (1U << 1)
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define lseek64 lseek
#define pread64 pread
#define pwrite64 pwrite
#define truncate64 truncate
#define ftruncate64 ftruncate
#define lockf64 lockf
#endif

#endif
