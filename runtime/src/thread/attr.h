// The layout behind pthread_attr_t.
#pragma once
#include <pthread.h>

namespace pure {

inline constexpr size_t kDefaultStackSize = 2 << 20;  // lazily committed by the kernel
inline constexpr size_t kDefaultGuardSize = 4096;

struct Attr {
  size_t stack_size;
  size_t guard_size;
  void* stack_addr;  // caller-provided stack (pthread_attr_setstack), or null
  int detach_state;
  int inherit_sched;
  int policy;
  int priority;
  int scope;
};
static_assert(sizeof(Attr) <= sizeof(pthread_attr_t) && alignof(Attr) <= alignof(pthread_attr_t));

inline Attr* as_attr(pthread_attr_t* a) { return reinterpret_cast<Attr*>(a); }
inline const Attr* as_attr(const pthread_attr_t* a) { return reinterpret_cast<const Attr*>(a); }
inline Attr default_attr() {
  return Attr{kDefaultStackSize, kDefaultGuardSize, nullptr, PTHREAD_CREATE_JOINABLE, PTHREAD_INHERIT_SCHED,
              SCHED_OTHER, 0, PTHREAD_SCOPE_SYSTEM};
}

}  // namespace pure
