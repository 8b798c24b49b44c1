/* Start-up: argv/envp/environ, the stack-protector canary, constructors and destructors
   in order, atexit after main. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../check.h"

extern char **environ;
static int constructed;
__attribute__((constructor)) static void ctor(void) { constructed = 1; }

__attribute__((noinline)) static int protected_function(const char *s) {
  char buf[64];
  strncpy(buf, s, sizeof buf - 1);
  buf[63] = 0;
  return (int)strlen(buf);
}

int main(int argc, char **argv, char **envp) {
  CHECK(argc >= 1);
  CHECK(argv[0] != NULL);
  CHECK(argv[argc] == NULL);
  CHECK(envp == environ);
  CHECK_INT(constructed, 1);
  CHECK_INT(protected_function("hello"), 5);
#if defined(__x86_64__)
  unsigned long canary;
  __asm__("mov %%fs:0x28, %0" : "=r"(canary));
  CHECK(canary != 0);
  CHECK_INT(canary & 0xff, 0);
#else
  extern unsigned long __stack_chk_guard;
  CHECK(__stack_chk_guard != 0);
  CHECK_INT(__stack_chk_guard & 0xff, 0);
#endif
  return check_done();
}
