// Program start-up for static executables: everything between the kernel's initial stack
// and main(): auxv, the main thread's TLS and canary, constructors, then exit(main(...)).
#include <elf.h>
#include <link.h>
#include <stdlib.h>
#include <linux/auxvec.h>
#include <linux/mman.h>

#include "start/start.h"
#include "support/syscall.h"
#include "thread/thread.h"

extern "C" {
char** __environ = nullptr;
extern char** environ __attribute__((alias("__environ")));
char* program_invocation_name = nullptr;
char* program_invocation_short_name = nullptr;
#if defined(__aarch64__)
uintptr_t __stack_chk_guard = 0;  // aarch64 compilers read the canary from this global
#endif

// Provided by the linker for static executables (empty ranges when there is nothing).
extern void (*__preinit_array_start[])(int, char**, char**) __attribute__((weak, visibility("hidden")));
extern void (*__preinit_array_end[])(int, char**, char**) __attribute__((weak, visibility("hidden")));
extern void (*__init_array_start[])(int, char**, char**) __attribute__((weak, visibility("hidden")));
extern void (*__init_array_end[])(int, char**, char**) __attribute__((weak, visibility("hidden")));
void _init(void) __attribute__((weak));
}

namespace pure {

constinit const unsigned long* auxv = nullptr;
constinit ProgramImage program_image = {nullptr, 0, 0};

unsigned long aux_value(unsigned long type, bool* found) {
  for (const unsigned long* a = auxv; a && a[0] != AT_NULL; a += 2) {
    if (a[0] == type) {
      if (found) *found = true;
      return a[1];
    }
  }
  if (found) *found = false;
  return 0;
}

namespace {

// The main thread's TLS area. Small areas fit in a static buffer; large ones are mapped.
alignas(64) constinit char main_thread_area[1024];

[[gnu::no_stack_protector]] void init_main_thread() {
  const auto* phdr = reinterpret_cast<const ElfW(Phdr)*>(aux_value(AT_PHDR));
  size_t phnum = aux_value(AT_PHNUM);
  uintptr_t load_bias = 0;
  for (size_t i = 0; i < phnum; i++)  // PT_PHDR tells where the program was loaded (static PIE)
    if (phdr[i].p_type == PT_PHDR) load_bias = reinterpret_cast<uintptr_t>(phdr) - phdr[i].p_vaddr;
  program_image = {phdr, phnum, load_bias};
  for (size_t i = 0; i < phnum; i++) {
    if (phdr[i].p_type != PT_TLS) continue;
    tls_image.init = reinterpret_cast<const void*>(load_bias + phdr[i].p_vaddr);
    tls_image.file_size = phdr[i].p_filesz;
    tls_image.mem_size = phdr[i].p_memsz;
    tls_image.align = phdr[i].p_align ? phdr[i].p_align : 1;
  }
  void* area = main_thread_area;
  size_t need = thread_area_size();
  if (need > sizeof(main_thread_area) || tls_image.align > alignof(decltype(main_thread_area))) {
    long p = syscall(__NR_mmap, nullptr, need, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (is_error(p)) syscall(__NR_exit_group, 127);  // no memory for the main thread: cannot run
    area = reinterpret_cast<void*>(p);
  }
  Thread* t = init_thread_area(area);
  t->tid = static_cast<int>(syscall(__NR_set_tid_address, &t->tid));

  // The canary: AT_RANDOM's 16 kernel-provided bytes, with a zero low byte so string
  // overflows cannot reproduce it.
  uintptr_t canary;
  __builtin_memcpy(&canary, reinterpret_cast<const void*>(aux_value(AT_RANDOM)), sizeof canary);
  canary &= ~static_cast<uintptr_t>(0xff);
  t->canary = canary;
#if defined(__aarch64__)
  __stack_chk_guard = canary;
#endif
  set_thread_pointer(t);
}

}  // namespace
}  // namespace pure

extern "C" [[noreturn, gnu::no_stack_protector]] void __pure_start_main(long* sp, int (*main)(int, char**, char**)) {
  int argc = static_cast<int>(sp[0]);
  char** argv = reinterpret_cast<char**>(sp + 1);
  char** envp = argv + argc + 1;
  char** e = envp;
  while (*e) e++;
  pure::auxv = reinterpret_cast<const unsigned long*>(e + 1);
  __environ = envp;
  pure::init_main_thread();

  if (argv[0]) {
    program_invocation_name = argv[0];
    char* base = argv[0];
    for (char* p = argv[0]; *p; p++)
      if (*p == '/') base = p + 1;
    program_invocation_short_name = base;
  }

  size_t n = __preinit_array_end - __preinit_array_start;
  for (size_t i = 0; i < n; i++) __preinit_array_start[i](argc, argv, envp);
  if (_init) _init();
  n = __init_array_end - __init_array_start;
  for (size_t i = 0; i < n; i++) __init_array_start[i](argc, argv, envp);

  exit(main(argc, argv, envp));
}
