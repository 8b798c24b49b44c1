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
// The attributes pthread_attr_init gives and pthread_create uses without one: the built-in
// ones until pthread_setattr_default_np changes them.
Attr default_attr();

}  // namespace pure
