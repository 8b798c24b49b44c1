// The thread descriptor and the thread pointer.
//
// x86_64 (TLS variant II): the TLS block sits just below the descriptor and %fs points at
// the descriptor, whose first word points to itself and whose word at 0x28 is the
// stack-protector canary the compiler reads.
// aarch64 (TLS variant I): TPIDR_EL0 points at a 16-byte control block right after the
// descriptor; the TLS block follows it.
#pragma once
#include <stddef.h>
#include <stdint.h>

struct __pthread_cleanup;

namespace pure {

// One pthread_key_t value of one thread; `generation` tells a value set for a deleted key
// from one set for the key that now reuses its number.
struct TsdSlot {
  void* value;
  unsigned long generation;
};

// A thread_local object's destructor registered by __cxa_thread_atexit_impl.
struct TlsDtor {
  void (*fn)(void*);
  void* obj;
  TlsDtor* next;
};

// The kernel's struct robust_list_head: the robust mutexes a thread holds, which the kernel
// marks FUTEX_OWNER_DIED if the thread dies holding them (thread/pthread_mutex_robust.cpp).
struct RobustHead {
  void* next;          // circular list of the held mutexes' links, ending at &next
  long futex_offset;   // from a link to its mutex's futex word
  void* pending;       // a link being added or removed
};

// Thread life cycle, in Thread::state (atomic).
enum ThreadState : int { kJoinable = 0, kDetached = 1, kExiting = 2 };

struct Thread {
  Thread* self;       // x86_64: %fs:0
  void* dtv;          // reserved by the ABI (dynamic thread vector slot)
  void* reserved[3];  //
  uintptr_t canary;   // x86_64: %fs:0x28
  // The kernel's tid, set by clone (CLONE_PARENT_SETTID) and cleared to 0 with a futex
  // wake when the thread is gone (CLONE_CHILD_CLEARTID): pthread_join waits on it.
  int tid;
  int state;          // ThreadState
  void* map_base;     // the mapping that holds stack + TLS + descriptor (0 for the main thread)
  size_t map_size;
  void* (*start)(void*);
  void* arg;
  void* result;
  void* stack_base;   // lowest usable stack address (for pthread_getattr_np)
  size_t stack_size;
  size_t guard_size;
  int own_stack;             // the stack is in map_base (not the caller's): the mapping may be reused
  unsigned long start_mask;  // the creator's signal mask, restored by the new thread
  TsdSlot* tsd;              // PTHREAD_KEYS_MAX slots, mapped on first pthread_setspecific
  TlsDtor* tls_dtors;        // newest first
  __pthread_cleanup* cleanup;  // pthread_cleanup_push stack, newest first
  int cancel_disabled;
  int cancel_async;
  int cancel_pending;   // read by __pure_syscall_cp
  void* cancel_mutex;   // pthread_cond_wait's mutex, re-locked before acting on a cancel
  Thread* next_thread;  // the list of live threads (thread/thread_list.cpp)
  Thread* prev_thread;
  int* start_result;    // PTHREAD_EXPLICIT_SCHED: where the new thread reports its policy change
  int sched_policy;
  int sched_priority;
  int robust_registered;  // robust_head was given to the kernel (set_robust_list)
  RobustHead robust_head;
};

#if defined(__x86_64__)
static_assert(offsetof(Thread, canary) == 0x28, "x86_64 compilers read the canary at %fs:0x28");
inline Thread* current_thread() {
  Thread* t;
  asm("mov %%fs:0, %0" : "=r"(t));
  return t;
}
#elif defined(__aarch64__)
inline constexpr size_t kTcbSize = 16;  // the variant I control block TPIDR_EL0 points at
inline Thread* current_thread() {
  char* tp;
  asm("mrs %0, tpidr_el0" : "=r"(tp));
  return reinterpret_cast<Thread*>(tp - sizeof(Thread));
}
#endif

// Static TLS layout taken from the executable's PT_TLS at start-up.
struct TlsImage {
  const void* init;  // initialised data (.tdata)
  size_t file_size;  // its size; the rest up to mem_size is zero (.tbss)
  size_t mem_size;
  size_t align;
};
extern TlsImage tls_image;

// Bytes a thread's area needs for TLS + descriptor (+ control block), and where to put them.
size_t thread_area_size();
// Lays out TLS and descriptor in [area, area + thread_area_size()) and returns the descriptor;
// copies .tdata and zeroes .tbss.
Thread* init_thread_area(void* area);
// Makes the descriptor current for the calling thread.
void set_thread_pointer(Thread* t);
// The calling thread's TLS block (what dl_iterate_phdr reports as dlpi_tls_data).
void* tls_block(Thread* t);

// True once a second thread was ever created: other areas may skip locking before that.
extern bool multithreaded;
// Threads not yet exited, the main thread included; the last one out ends the process
// with exit(0), as POSIX requires. A forked child starts again at 1.
extern int live_threads;

// Acts on the calling thread's pending cancellation: re-locks cancel_mutex, then
// pthread_exit(PTHREAD_CANCELED). Weak where code must not pull in the thread machinery.
[[noreturn]] void cancel_exit() __attribute__((weak));

// The list of live threads, for what must reach every thread (set*id). pthread_create adds
// the new thread (and, the first time, its creator); pthread_exit removes the caller.
void thread_list_add(Thread* t);
void thread_list_remove(Thread* t);
void thread_list_lock();
void thread_list_unlock();
void thread_list_fork_child();  // only the calling thread survives fork

// Robust mutexes the calling thread still holds are marked owner-dead and handed on
// (pthread_exit; the kernel does the same when a thread dies otherwise).
void release_robust_mutexes(Thread* t) __attribute__((weak));

// Runs the calling thread's thread_local destructors (newest first), for thread exit and
// for exit() on the main thread.
void run_tls_dtors();
// Runs the calling thread's pthread_key_create destructors and frees its slots.
void run_key_dtors(Thread* t);

}  // namespace pure
