// makecontext, and the C side of the context switches written in assembly
// (arch/<arch>/src/ucontext.S, whose field offsets are checked here).
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <ucontext.h>

#include "support/errno.h"

#if defined(__aarch64__)
#include <asm/sigcontext.h>
#endif

extern "C" void __pure_context_start(void);

extern "C" {

// The assembly's failure path: a failed rt_sigprocmask becomes errno and -1.
__attribute__((visibility("hidden"))) int __pure_context_fail(long r) { return static_cast<int>(pure::to_errno(r)); }

// Where a makecontext function returns: the trampoline found no uc_link, so this thread
// (the whole process, if it is the only one) ends as POSIX says.
__attribute__((visibility("hidden"), noreturn)) void __pure_context_exit(void) { pthread_exit(nullptr); }

}  // extern "C"

#if defined(__x86_64__)

static_assert(offsetof(ucontext_t, uc_link) == 8 && offsetof(ucontext_t, uc_stack) == 16);
static_assert(offsetof(ucontext_t, uc_mcontext.gregs) == 40 && offsetof(ucontext_t, uc_mcontext.fpregs) == 224);
static_assert(offsetof(ucontext_t, uc_sigmask) == 296 && offsetof(ucontext_t, __fpregs_mem) == 424);
static_assert(offsetof(struct _libc_fpstate, cwd) == 0 && offsetof(struct _libc_fpstate, mxcsr) == 24);

namespace pure {
namespace {
// Integer arguments go in these registers first, the System V order.
constexpr int kArgRegs[] = {REG_RDI, REG_RSI, REG_RDX, REG_RCX, REG_R8, REG_R9};
constexpr int kRegArgs = 6;
}  // namespace
}  // namespace pure

extern "C" void makecontext(ucontext_t* ucp, void (*func)(void), int argc, ...) {
  if (argc < 0) argc = 0;
  int on_stack = argc > pure::kRegArgs ? argc - pure::kRegArgs : 0;
  uintptr_t top = reinterpret_cast<uintptr_t>(ucp->uc_stack.ss_sp) + ucp->uc_stack.ss_size;
  uintptr_t sp = (top - static_cast<uintptr_t>(on_stack) * 8) & ~static_cast<uintptr_t>(15);
  sp -= 8;  // the return address: func starts as if just called, rsp + 8 aligned to 16
  auto* slots = reinterpret_cast<unsigned long*>(sp);
  slots[0] = reinterpret_cast<unsigned long>(__pure_context_start);
  va_list ap;
  va_start(ap, argc);
  for (int i = 0; i < argc; i++) {
    long v = va_arg(ap, long);
    if (i < pure::kRegArgs) ucp->uc_mcontext.gregs[pure::kArgRegs[i]] = v;
    else slots[1 + i - pure::kRegArgs] = static_cast<unsigned long>(v);
  }
  va_end(ap);
  ucp->uc_mcontext.gregs[REG_RSP] = static_cast<long long>(sp);
  ucp->uc_mcontext.gregs[REG_RIP] = reinterpret_cast<long long>(func);
  // rbx survives func (callee-saved) and tells the trampoline where to go next.
  ucp->uc_mcontext.gregs[REG_RBX] = reinterpret_cast<long long>(ucp->uc_link);
}

#elif defined(__aarch64__)

static_assert(offsetof(ucontext_t, uc_link) == 8 && offsetof(ucontext_t, uc_stack) == 16);
static_assert(offsetof(ucontext_t, uc_sigmask) == 40 && offsetof(ucontext_t, uc_mcontext) == 176);
static_assert(offsetof(ucontext_t, uc_mcontext.regs) == 184 && offsetof(ucontext_t, uc_mcontext.sp) == 432);
static_assert(offsetof(ucontext_t, uc_mcontext.pc) == 440 && offsetof(ucontext_t, uc_mcontext.__reserved) == 464);
static_assert(FPSIMD_MAGIC == 0x46508001 && sizeof(struct fpsimd_context) == 528, "ucontext.S's record");

extern "C" void makecontext(ucontext_t* ucp, void (*func)(void), int argc, ...) {
  constexpr int kRegArgs = 8;  // x0..x7
  if (argc < 0) argc = 0;
  int on_stack = argc > kRegArgs ? argc - kRegArgs : 0;
  uintptr_t top = reinterpret_cast<uintptr_t>(ucp->uc_stack.ss_sp) + ucp->uc_stack.ss_size;
  uintptr_t sp = (top - static_cast<uintptr_t>(on_stack) * 8) & ~static_cast<uintptr_t>(15);
  auto* slots = reinterpret_cast<unsigned long*>(sp);
  va_list ap;
  va_start(ap, argc);
  for (int i = 0; i < argc; i++) {
    long v = va_arg(ap, long);
    if (i < kRegArgs) ucp->uc_mcontext.regs[i] = static_cast<unsigned long long>(v);
    else slots[i - kRegArgs] = static_cast<unsigned long>(v);
  }
  va_end(ap);
  ucp->uc_mcontext.sp = sp;
  ucp->uc_mcontext.pc = reinterpret_cast<unsigned long long>(func);
  ucp->uc_mcontext.regs[30] = reinterpret_cast<unsigned long long>(__pure_context_start);
  // x19 survives func (callee-saved) and tells the trampoline where to go next.
  ucp->uc_mcontext.regs[19] = reinterpret_cast<unsigned long long>(ucp->uc_link);
}

#endif
