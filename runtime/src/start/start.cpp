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

// Start-up runs once: its code is built for size (minsize), not speed.
[[gnu::no_stack_protector, clang::minsize]] void init_main_thread() {
  // One pass over the auxiliary vector for what start-up needs.
  const ElfW(Phdr)* phdr = nullptr;
  size_t phnum = 0;
  const void* random = nullptr;
  for (const unsigned long* a = auxv; a[0] != AT_NULL; a += 2) {
    if (a[0] == AT_PHDR) phdr = reinterpret_cast<const ElfW(Phdr)*>(a[1]);
    else if (a[0] == AT_PHNUM) phnum = a[1];
    else if (a[0] == AT_RANDOM) random = reinterpret_cast<const void*>(a[1]);
  }
  // PT_PHDR tells where the program was loaded (static PIE).
  uintptr_t load_bias = 0;
  const ElfW(Phdr)* tls = nullptr;
  for (size_t i = 0; i < phnum; i++) {
    if (phdr[i].p_type == PT_PHDR) load_bias = reinterpret_cast<uintptr_t>(phdr) - phdr[i].p_vaddr;
    else if (phdr[i].p_type == PT_TLS) tls = &phdr[i];
  }
  if (tls) {
    tls_image.init = reinterpret_cast<const void*>(load_bias + tls->p_vaddr);
    tls_image.file_size = tls->p_filesz;
    tls_image.mem_size = tls->p_memsz;
    tls_image.align = tls->p_align ? tls->p_align : 1;
  }
  program_image = {phdr, phnum, load_bias};
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
  __builtin_memcpy(&canary, random, sizeof canary);
  canary &= ~static_cast<uintptr_t>(0xff);
  t->canary = canary;
#if defined(__aarch64__)
  __stack_chk_guard = canary;
#endif
  set_thread_pointer(t);
}

using InitFn = void (*)(int, char**, char**);

[[gnu::no_stack_protector, clang::minsize]] void run_init_array(InitFn* begin, InitFn* end, int argc,
                                                                 char** argv, char** envp) {
  for (InitFn* f = begin; f != end; f++) (*f)(argc, argv, envp);
}

}  // namespace
}  // namespace pure

extern "C" [[noreturn, gnu::no_stack_protector, clang::minsize]] void __pure_start_main(
    long* sp, int (*main)(int, char**, char**)) {
  int argc = static_cast<int>(sp[0]);
  char** argv = reinterpret_cast<char**>(sp + 1);
  char** envp = argv + argc + 1;
  char** e = envp;
  while (*e) e++;
  pure::auxv = reinterpret_cast<const unsigned long*>(e + 1);
  __environ = envp;
  pure::init_main_thread();

  if (char* base = argv[0]) {
    program_invocation_name = base;
    for (char* p = base; *p; p++)
      if (*p == '/') base = p + 1;
    program_invocation_short_name = base;
  }

  pure::run_init_array(__preinit_array_start, __preinit_array_end, argc, argv, envp);
  if (_init) _init();
  pure::run_init_array(__init_array_start, __init_array_end, argc, argv, envp);

  exit(main(argc, argv, envp));
}
