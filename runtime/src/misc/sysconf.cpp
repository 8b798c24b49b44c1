// sysconf and the related counters: getpagesize, getdtablesize, get_nprocs(_conf),
// get_phys_pages, get_avphys_pages, sysinfo.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <unistd.h>

#include <linux/auxvec.h>

#include "start/start.h"
#include "support/errno.h"

namespace pure {
namespace {

long page_size() {
  unsigned long p = aux_value(AT_PAGESZ);
  return p ? static_cast<long>(p) : 4096;
}

// A resource limit as sysconf reports it: -1 for "no limit".
long limit_of(int resource) {
  struct rlimit rl;
  if (syscall(__NR_prlimit64, 0, resource, nullptr, &rl) != 0) return -1;
  if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > static_cast<rlim_t>(LONG_MAX)) return -1;
  return static_cast<long>(rl.rlim_cur);
}

// The CPUs this process may run on: the scheduler's affinity mask, which also honours
// containers' cpusets (what std::thread::hardware_concurrency should report).
long cpus_online() {
  unsigned long mask[1024 / (8 * sizeof(unsigned long))] = {};
  long n = syscall(__NR_sched_getaffinity, 0, sizeof mask, mask);
  if (is_error(n)) return 1;
  long count = 0;
  for (long i = 0; i < n / static_cast<long>(sizeof(unsigned long)); i++) count += __builtin_popcountl(mask[i]);
  return count ? count : 1;
}

// All CPUs the kernel could bring up: "/sys/devices/system/cpu/possible" holds ranges such
// as "0-7" or "0,2-3".
long cpus_configured() {
  long fd = syscall(__NR_openat, AT_FDCWD, "/sys/devices/system/cpu/possible", O_RDONLY | O_CLOEXEC);
  if (is_error(fd)) return cpus_online();
  char buf[256];
  long len = syscall(__NR_read, fd, buf, sizeof buf - 1);
  syscall(__NR_close, fd);
  if (len <= 0) return cpus_online();
  buf[len] = '\0';
  long count = 0;
  for (const char* p = buf; *p >= '0' && *p <= '9';) {
    long lo = 0, hi;
    while (*p >= '0' && *p <= '9') lo = lo * 10 + (*p++ - '0');
    hi = lo;
    if (*p == '-') {
      p++;
      hi = 0;
      while (*p >= '0' && *p <= '9') hi = hi * 10 + (*p++ - '0');
    }
    if (hi >= lo) count += hi - lo + 1;
    if (*p == ',') p++;
  }
  long online = cpus_online();
  return count > online ? count : online;
}

long memory_pages(bool available) {
  struct sysinfo si;
  if (syscall(__NR_sysinfo, &si) != 0) return -1;
  unsigned long unit = si.mem_unit ? si.mem_unit : 1;
  unsigned long bytes = (available ? si.freeram : si.totalram) * unit;
  return static_cast<long>(bytes / static_cast<unsigned long>(page_size()));
}

long sigstack_min() {
  // The kernel tells how much its signal frame needs on this CPU (large vector registers).
  long k = static_cast<long>(aux_value(AT_MINSIGSTKSZ));
  return k > MINSIGSTKSZ ? k : MINSIGSTKSZ;
}

constexpr long kYes = 200809L;  // option supported, as of POSIX 2008

long sysconf(int name) {
  switch (name) {
    case _SC_ARG_MAX: {
      // execve allows arguments and environment a quarter of the stack limit, at most
      // three quarters of the kernel's default 8 MiB stack, and never less than ARG_MAX.
      constexpr long kCap = 8L * 1024 * 1024 / 4 * 3;
      long stack = limit_of(RLIMIT_STACK);
      long quarter = stack < 0 ? kCap : stack / 4;
      if (quarter > kCap) quarter = kCap;
      return quarter > ARG_MAX ? quarter : ARG_MAX;
    }
    case _SC_CHILD_MAX: return limit_of(RLIMIT_NPROC);
    case _SC_CLK_TCK: {
      unsigned long hz = aux_value(AT_CLKTCK);
      return hz ? static_cast<long>(hz) : 100;
    }
    case _SC_NGROUPS_MAX: return NGROUPS_MAX;
    case _SC_OPEN_MAX: return limit_of(RLIMIT_NOFILE);
    case _SC_STREAM_MAX: return -1;  // stdio has no fixed limit
    case _SC_TZNAME_MAX: return -1;
    case _SC_JOB_CONTROL: return 1;
    case _SC_SAVED_IDS: return 1;
    case _SC_VERSION: return _POSIX_VERSION;
    case _SC_2_VERSION: return _POSIX2_VERSION;
    case _SC_2_C_BIND: return _POSIX2_C_BIND;
    case _SC_XOPEN_VERSION: return _XOPEN_VERSION;
    case _SC_XOPEN_UNIX: return 1;
    case _SC_PAGESIZE: return page_size();
    case _SC_NPROCESSORS_ONLN: return cpus_online();
    case _SC_NPROCESSORS_CONF: return cpus_configured();
    case _SC_PHYS_PAGES: return memory_pages(false);
    case _SC_AVPHYS_PAGES: return memory_pages(true);
    case _SC_LINE_MAX: return LINE_MAX;
    case _SC_RE_DUP_MAX: return RE_DUP_MAX;
    case _SC_BC_BASE_MAX: return BC_BASE_MAX;
    case _SC_BC_DIM_MAX: return BC_DIM_MAX;
    case _SC_BC_SCALE_MAX: return BC_SCALE_MAX;
    case _SC_BC_STRING_MAX: return BC_STRING_MAX;
    case _SC_COLL_WEIGHTS_MAX: return COLL_WEIGHTS_MAX;
    case _SC_EXPR_NEST_MAX: return EXPR_NEST_MAX;
    case _SC_HOST_NAME_MAX: return HOST_NAME_MAX;
    case _SC_LOGIN_NAME_MAX: return LOGIN_NAME_MAX;
    case _SC_TTY_NAME_MAX: return TTY_NAME_MAX;
    case _SC_SYMLOOP_MAX: return SYMLOOP_MAX;
    case _SC_IOV_MAX: return IOV_MAX;
    case _SC_ATEXIT_MAX: return INT_MAX;
    case _SC_NZERO: return NZERO;
    case _SC_THREAD_KEYS_MAX: return PTHREAD_KEYS_MAX;
    case _SC_THREAD_DESTRUCTOR_ITERATIONS: return PTHREAD_DESTRUCTOR_ITERATIONS;
    case _SC_THREAD_STACK_MIN: return PTHREAD_STACK_MIN;
    case _SC_THREAD_THREADS_MAX: return -1;
    case _SC_GETPW_R_SIZE_MAX: return -1;  // no fixed size: callers grow on ERANGE
    case _SC_GETGR_R_SIZE_MAX: return -1;
    case _SC_MINSIGSTKSZ: return sigstack_min();
    case _SC_SIGSTKSZ: {
      long min = sigstack_min();
      return min * 4 > SIGSTKSZ ? min * 4 : SIGSTKSZ;
    }
    case _SC_LEVEL1_DCACHE_LINESIZE: return 64;
    // Options this library provides.
    case _SC_THREADS:
    case _SC_THREAD_SAFE_FUNCTIONS:
    case _SC_TIMERS:
    case _SC_MONOTONIC_CLOCK:
    case _SC_CLOCK_SELECTION:
    case _SC_CPUTIME:
    case _SC_THREAD_CPUTIME:
    case _SC_FSYNC:
    case _SC_SYNCHRONIZED_IO:
    case _SC_MAPPED_FILES:
    case _SC_MEMLOCK:
    case _SC_MEMLOCK_RANGE:
    case _SC_MEMORY_PROTECTION:
    case _SC_ADVISORY_INFO:
      return kYes;
    // Options it does not (or whose area is not there yet): -1 with errno unchanged.
    case _SC_REALTIME_SIGNALS: case _SC_PRIORITY_SCHEDULING: case _SC_ASYNCHRONOUS_IO:
    case _SC_PRIORITIZED_IO: case _SC_MESSAGE_PASSING: case _SC_SEMAPHORES:
    case _SC_SHARED_MEMORY_OBJECTS: case _SC_AIO_LISTIO_MAX: case _SC_AIO_MAX:
    case _SC_AIO_PRIO_DELTA_MAX: case _SC_DELAYTIMER_MAX: case _SC_MQ_OPEN_MAX: case _SC_MQ_PRIO_MAX:
    case _SC_RTSIG_MAX: case _SC_SEM_NSEMS_MAX: case _SC_SEM_VALUE_MAX: case _SC_SIGQUEUE_MAX:
    case _SC_TIMER_MAX: case _SC_2_C_DEV: case _SC_2_FORT_DEV: case _SC_2_FORT_RUN: case _SC_2_SW_DEV:
    case _SC_2_LOCALEDEF: case _SC_THREAD_ATTR_STACKADDR: case _SC_THREAD_ATTR_STACKSIZE:
    case _SC_THREAD_PRIORITY_SCHEDULING: case _SC_THREAD_PRIO_INHERIT: case _SC_THREAD_PRIO_PROTECT:
    case _SC_THREAD_PROCESS_SHARED: case _SC_PASS_MAX: case _SC_XOPEN_CRYPT: case _SC_XOPEN_ENH_I18N:
    case _SC_XOPEN_SHM: case _SC_2_CHAR_TERM: case _SC_2_UPE: case _SC_XOPEN_LEGACY:
    case _SC_XOPEN_REALTIME: case _SC_XOPEN_REALTIME_THREADS: case _SC_BARRIERS:
    case _SC_READER_WRITER_LOCKS: case _SC_SPIN_LOCKS: case _SC_REGEXP: case _SC_SHELL: case _SC_SPAWN:
    case _SC_SPORADIC_SERVER: case _SC_THREAD_SPORADIC_SERVER: case _SC_TIMEOUTS:
    case _SC_TYPED_MEMORY_OBJECTS: case _SC_2_PBS: case _SC_2_PBS_ACCOUNTING: case _SC_2_PBS_LOCATE:
    case _SC_2_PBS_MESSAGE: case _SC_2_PBS_TRACK: case _SC_2_PBS_CHECKPOINT: case _SC_V6_ILP32_OFF32:
    case _SC_V6_ILP32_OFFBIG: case _SC_V6_LPBIG_OFFBIG: case _SC_TRACE: case _SC_TRACE_EVENT_FILTER:
    case _SC_TRACE_INHERIT: case _SC_TRACE_LOG: case _SC_IPV6: case _SC_RAW_SOCKETS:
    case _SC_V7_ILP32_OFF32: case _SC_V7_ILP32_OFFBIG: case _SC_V7_LPBIG_OFFBIG: case _SC_SS_REPL_MAX:
    case _SC_TRACE_EVENT_NAME_MAX: case _SC_TRACE_NAME_MAX: case _SC_TRACE_SYS_MAX:
    case _SC_TRACE_USER_EVENT_MAX: case _SC_XOPEN_STREAMS: case _SC_THREAD_ROBUST_PRIO_INHERIT:
    case _SC_THREAD_ROBUST_PRIO_PROTECT:
      return -1;
    case _SC_V6_LP64_OFF64:
    case _SC_V7_LP64_OFF64:
      return 1;  // the one programming environment: LP64 with 64-bit off_t
    default:
      return fail(EINVAL, -1L);
  }
}

}  // namespace
}  // namespace pure

extern "C" {

long sysconf(int name) { return pure::sysconf(name); }
int getpagesize(void) { return static_cast<int>(pure::page_size()); }
int getdtablesize(void) {
  long n = pure::limit_of(RLIMIT_NOFILE);
  return n < 0 || n > INT_MAX ? INT_MAX : static_cast<int>(n);
}
int get_nprocs(void) { return static_cast<int>(pure::cpus_online()); }
int get_nprocs_conf(void) { return static_cast<int>(pure::cpus_configured()); }
long get_phys_pages(void) { return pure::memory_pages(false); }
long get_avphys_pages(void) { return pure::memory_pages(true); }
int sysinfo(struct sysinfo* info) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_sysinfo, info)));
}

}  // extern "C"
