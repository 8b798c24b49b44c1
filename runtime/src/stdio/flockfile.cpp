// Explicit stream locking for sequences of *_unlocked calls.
#include "stdio/file.h"

using namespace pure::stdio;

extern "C" void flockfile(FILE* f) { lock_file(f); }
extern "C" int ftrylockfile(FILE* f) { return try_lock_file(f) ? 0 : -1; }
extern "C" void funlockfile(FILE* f) { unlock_file(f); }
