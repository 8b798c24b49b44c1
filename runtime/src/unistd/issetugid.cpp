// issetugid: whether the program runs with privileges it did not inherit (setuid,
// setgid or file capabilities). The kernel says so through AT_SECURE.
#define _DEFAULT_SOURCE 1
#include <sys/auxv.h>
#include <unistd.h>

extern "C" int issetugid(void) { return getauxval(AT_SECURE) != 0; }
