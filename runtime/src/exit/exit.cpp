// exit, _Exit and _exit. The machinery exit may have to run (atexit handlers, thread_local
// destructors, stdio) is reached through weak references: each part is linked only when
// the program uses it, so a program that never registers a handler does not carry the
// handler lists, and one that never opens stdio does not carry stdio.
#include <stdlib.h>
#include <unistd.h>

#include "support/syscall.h"

extern "C" {
extern void (*__fini_array_start[])(void) __attribute__((weak, visibility("hidden")));
extern void (*__fini_array_end[])(void) __attribute__((weak, visibility("hidden")));
void _fini(void) __attribute__((weak));
}

namespace pure {
// Runs the calling thread's thread_local destructors; present once a program can register
// any (__cxa_thread_atexit_impl, thread/thread_atexit.cpp).
void run_tls_dtors() __attribute__((weak));
// Runs the atexit / __cxa_atexit handlers; present once a program can register any
// (exit/atexit.cpp).
void run_exit_handlers() __attribute__((weak));
// Flushes stdio; present once a program uses any stream (stdio/file.cpp).
void stdio_exit() __attribute__((weak));
}  // namespace pure

extern "C" {

void _Exit(int status) {
  for (;;) pure::syscall(__NR_exit_group, status);
}

void _exit(int status) { _Exit(status); }

void exit(int status) {
  // C++: the calling thread's thread_local objects are destroyed before static ones.
  if (pure::run_tls_dtors) pure::run_tls_dtors();
  if (pure::run_exit_handlers) pure::run_exit_handlers();
  size_t n = __fini_array_end - __fini_array_start;
  while (n-- > 0) __fini_array_start[n]();
  if (_fini) _fini();
  if (pure::stdio_exit) pure::stdio_exit();
  _Exit(status);
}

}  // extern "C"
