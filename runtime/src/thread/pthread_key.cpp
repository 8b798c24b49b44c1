// pthread_key_*: thread-specific data. Each key has a generation that key_delete bumps, so a
// value stored under a deleted key reads as NULL once the number is reused. Each thread's
// slots live in one mapping made on its first pthread_setspecific.
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <linux/mman.h>

#include "support/lock.h"
#include "support/syscall.h"
#include "thread/thread.h"

namespace pure {
namespace {

struct Key {
  void (*destructor)(void*);
  unsigned long generation;  // odd while the key is in use
};

constinit Lock keys_lock;
constinit Key keys[PTHREAD_KEYS_MAX] = {};

constexpr size_t kTsdBytes = sizeof(TsdSlot) * PTHREAD_KEYS_MAX;

bool live(pthread_key_t k) {
  return k < PTHREAD_KEYS_MAX && (__atomic_load_n(&keys[k].generation, __ATOMIC_ACQUIRE) & 1);
}

}  // namespace

void run_key_dtors(Thread* t) {
  if (!t->tsd) return;
  for (int round = 0; round < PTHREAD_DESTRUCTOR_ITERATIONS; round++) {
    bool again = false;
    for (pthread_key_t k = 0; k < PTHREAD_KEYS_MAX; k++) {
      TsdSlot& s = t->tsd[k];
      if (!s.value) continue;
      unsigned long gen = __atomic_load_n(&keys[k].generation, __ATOMIC_ACQUIRE);
      void (*dtor)(void*) = keys[k].destructor;
      void* v = s.value;
      s.value = nullptr;
      if (s.generation != gen || !(gen & 1) || !dtor) continue;
      dtor(v);  // POSIX: the value is NULL before the destructor is called
      again = true;
    }
    if (!again) break;
  }
  syscall(__NR_munmap, t->tsd, kTsdBytes);
  t->tsd = nullptr;
}

}  // namespace pure

using namespace pure;

extern "C" {

int pthread_key_create(pthread_key_t* out, void (*destructor)(void*)) {
  LockGuard guard(keys_lock);
  for (pthread_key_t k = 0; k < PTHREAD_KEYS_MAX; k++) {
    if (keys[k].generation & 1) continue;
    keys[k].destructor = destructor;
    __atomic_store_n(&keys[k].generation, keys[k].generation + 1, __ATOMIC_RELEASE);
    *out = k;
    return 0;
  }
  return EAGAIN;
}

int pthread_key_delete(pthread_key_t k) {
  LockGuard guard(keys_lock);
  if (!live(k)) return EINVAL;
  __atomic_store_n(&keys[k].generation, keys[k].generation + 1, __ATOMIC_RELEASE);
  keys[k].destructor = nullptr;
  return 0;
}

void* pthread_getspecific(pthread_key_t k) {
  Thread* t = current_thread();
  if (!t->tsd || k >= PTHREAD_KEYS_MAX) return nullptr;
  const TsdSlot& s = t->tsd[k];
  return s.generation == __atomic_load_n(&keys[k].generation, __ATOMIC_ACQUIRE) ? s.value : nullptr;
}

int pthread_setspecific(pthread_key_t k, const void* value) {
  if (!live(k)) return EINVAL;
  Thread* t = current_thread();
  if (!t->tsd) {
    long p = syscall(__NR_mmap, nullptr, kTsdBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (is_error(p)) return ENOMEM;
    t->tsd = reinterpret_cast<TsdSlot*>(p);
  }
  t->tsd[k].value = const_cast<void*>(value);
  t->tsd[k].generation = __atomic_load_n(&keys[k].generation, __ATOMIC_ACQUIRE);
  return 0;
}

}  // extern "C"
