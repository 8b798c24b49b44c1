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
  int cancel_pending;
  int in_cancel_point;  // blocked in a cancellation point: the cancel signal acts at once
  void* cancel_mutex;   // pthread_cond_wait's mutex, re-locked before acting on a cancel
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

// Cancellation points: code that may block brackets the wait with these, so a
// pthread_cancel (pending or arriving meanwhile) ends the thread there. `mutex` (a
// pthread_mutex_t*) is re-locked first, as pthread_cond_wait requires.
void cancel_point_begin(void* mutex = nullptr);
void cancel_point_end();

// Runs the calling thread's thread_local destructors (newest first), for thread exit and
// for exit() on the main thread.
void run_tls_dtors();
// Runs the calling thread's pthread_key_create destructors and frees its slots.
void run_key_dtors(Thread* t);

}  // namespace pure
