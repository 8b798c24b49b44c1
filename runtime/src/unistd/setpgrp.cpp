// setpgrp: the System V form, which makes the caller a process group leader.
#include <unistd.h>

extern "C" pid_t setpgrp(void) { return setpgid(0, 0); }
