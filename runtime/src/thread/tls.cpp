// Static TLS: layout of each thread's area from the executable's PT_TLS segment.
#include "thread/thread.h"

#if defined(__x86_64__)
#include <asm/prctl.h>
#endif
#include "support/syscall.h"

namespace pure {

constinit TlsImage tls_image = {nullptr, 0, 0, 1};

namespace {
size_t align_up(size_t v, size_t a) { return (v + a - 1) & ~(a - 1); }
size_t area_align() { return tls_image.align > alignof(Thread) ? tls_image.align : alignof(Thread); }
}  // namespace

#if defined(__x86_64__)
// [padding][TLS block][Thread]; %fs = &Thread, aligned to the TLS alignment, and the
// block ends exactly at it (offset = align_up(mem_size, align), as the ABI computes it).
size_t thread_area_size() {
  return align_up(tls_image.mem_size, area_align()) + sizeof(Thread) + area_align();
}

Thread* init_thread_area(void* area) {
  size_t a = area_align();
  uintptr_t base = reinterpret_cast<uintptr_t>(area);
  // The linker places the block at tp - align_up(mem_size, p_align): use the segment's own
  // alignment there, not the (possibly larger) alignment of the whole area.
  size_t block_size = align_up(tls_image.mem_size, tls_image.align);
  uintptr_t tp = align_up(base + block_size, a);
  char* block = reinterpret_cast<char*>(tp - block_size);
  __builtin_memcpy(block, tls_image.init, tls_image.file_size);
  __builtin_memset(block + tls_image.file_size, 0, tls_image.mem_size - tls_image.file_size);
  Thread* t = reinterpret_cast<Thread*>(tp);
  __builtin_memset(t, 0, sizeof(Thread));
  t->self = t;
  return t;
}

void set_thread_pointer(Thread* t) { syscall(__NR_arch_prctl, ARCH_SET_FS, t); }

void* tls_block(Thread* t) {
  return reinterpret_cast<char*>(t) - align_up(tls_image.mem_size, tls_image.align);
}

#elif defined(__aarch64__)
// [Thread][TCB 16 bytes][TLS block]; TPIDR_EL0 = &TCB, and the block starts at
// tp + align_up(16, align) as the variant I ABI computes it.
size_t thread_area_size() {
  size_t a = area_align();
  return a + sizeof(Thread) + align_up(kTcbSize, a) + tls_image.mem_size;
}

Thread* init_thread_area(void* area) {
  size_t a = area_align();
  uintptr_t base = reinterpret_cast<uintptr_t>(area);
  uintptr_t tp = align_up(base + sizeof(Thread), a);
  char* block = reinterpret_cast<char*>(tp + align_up(kTcbSize, a));
  __builtin_memcpy(block, tls_image.init, tls_image.file_size);
  __builtin_memset(block + tls_image.file_size, 0, tls_image.mem_size - tls_image.file_size);
  __builtin_memset(reinterpret_cast<void*>(tp), 0, kTcbSize);
  Thread* t = reinterpret_cast<Thread*>(tp - sizeof(Thread));
  __builtin_memset(t, 0, sizeof(Thread));
  t->self = t;
  return t;
}

void* tls_block(Thread* t) {
  return reinterpret_cast<char*>(t) + sizeof(Thread) + align_up(kTcbSize, area_align());
}

void set_thread_pointer(Thread* t) {
  char* tp = reinterpret_cast<char*>(t) + sizeof(Thread);
  asm volatile("msr tpidr_el0, %0" : : "r"(tp) : "memory");
}
#endif

}  // namespace pure
