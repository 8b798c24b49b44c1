// posix_spawnattr_*: plain accessors; the child applies the attributes (spawn.cpp).
#include <errno.h>
#include <sched.h>
#include <spawn.h>

extern "C" {

int posix_spawnattr_init(posix_spawnattr_t* a) {
  *a = posix_spawnattr_t{};
  return 0;
}

int posix_spawnattr_destroy(posix_spawnattr_t* a) {
  (void)a;
  return 0;
}

int posix_spawnattr_getflags(const posix_spawnattr_t* __restrict a, short* __restrict flags) {
  *flags = a->__flags;
  return 0;
}

int posix_spawnattr_setflags(posix_spawnattr_t* a, short flags) {
  constexpr int kAll = POSIX_SPAWN_RESETIDS | POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK |
                       POSIX_SPAWN_SETSCHEDPARAM | POSIX_SPAWN_SETSCHEDULER | POSIX_SPAWN_SETSID;
  if (flags & ~kAll) return EINVAL;
  a->__flags = flags;
  return 0;
}

int posix_spawnattr_getpgroup(const posix_spawnattr_t* __restrict a, pid_t* __restrict pgroup) {
  *pgroup = a->__pgroup;
  return 0;
}

int posix_spawnattr_setpgroup(posix_spawnattr_t* a, pid_t pgroup) {
  a->__pgroup = pgroup;
  return 0;
}

int posix_spawnattr_getsigdefault(const posix_spawnattr_t* __restrict a, sigset_t* __restrict set) {
  *set = a->__sigdefault;
  return 0;
}

int posix_spawnattr_setsigdefault(posix_spawnattr_t* __restrict a, const sigset_t* __restrict set) {
  a->__sigdefault = *set;
  return 0;
}

int posix_spawnattr_getsigmask(const posix_spawnattr_t* __restrict a, sigset_t* __restrict set) {
  *set = a->__sigmask;
  return 0;
}

int posix_spawnattr_setsigmask(posix_spawnattr_t* __restrict a, const sigset_t* __restrict set) {
  a->__sigmask = *set;
  return 0;
}

int posix_spawnattr_getschedparam(const posix_spawnattr_t* __restrict a, struct sched_param* __restrict p) {
  *p = a->__param;
  return 0;
}

int posix_spawnattr_setschedparam(posix_spawnattr_t* __restrict a, const struct sched_param* __restrict p) {
  a->__param = *p;
  return 0;
}

int posix_spawnattr_getschedpolicy(const posix_spawnattr_t* __restrict a, int* __restrict policy) {
  *policy = a->__policy;
  return 0;
}

int posix_spawnattr_setschedpolicy(posix_spawnattr_t* a, int policy) {
  if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR && policy != SCHED_BATCH &&
      policy != SCHED_IDLE)
    return EINVAL;
  a->__policy = policy;
  return 0;
}

}  // extern "C"

static_assert(POSIX_SPAWN_SETSCHEDULER == 0x20 && POSIX_SPAWN_SETSID == 0x80, "flag layout");
