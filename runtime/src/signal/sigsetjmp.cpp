// The C halves of sigsetjmp/longjmp: saving and restoring the signal mask around the
// register work done in arch/<arch>/src/setjmp.S.
#include <setjmp.h>
#include <signal.h>

extern "C" {

[[noreturn]] void __pure_longjmp(jmp_buf env, int value);

// Tail-called by sigsetjmp with the registers saved; returns 0 to sigsetjmp's caller.
__attribute__((visibility("hidden"))) int __pure_sigsetjmp_save(jmp_buf env) {
  sigprocmask(SIG_BLOCK, nullptr, &env->__mask);
  return 0;
}

void siglongjmp(sigjmp_buf env, int value) {
  if (env->__mask_saved) sigprocmask(SIG_SETMASK, &env->__mask, nullptr);
  __pure_longjmp(env, value);
}

// longjmp from a sigsetjmp that saved the mask restores it too, as siglongjmp would.
void longjmp(jmp_buf env, int value) { siglongjmp(env, value); }

}  // extern "C"
