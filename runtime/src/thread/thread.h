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

namespace pure {

struct Thread {
  Thread* self;       // x86_64: %fs:0
  void* dtv;          // reserved by the ABI (dynamic thread vector slot)
  void* reserved[3];  //
  uintptr_t canary;   // x86_64: %fs:0x28
  int tid;
  int detach_state;
  void* map_base;     // the mapping that holds stack + TLS + descriptor (0 for the main thread)
  size_t map_size;
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

}  // namespace pure
