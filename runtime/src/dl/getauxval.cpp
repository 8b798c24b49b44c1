// getauxval: a value the kernel passed in the auxiliary vector.
#include <errno.h>
#include <sys/auxv.h>

#include "start/start.h"
#include "support/errno.h"

extern "C" unsigned long getauxval(unsigned long type) {
  bool found;
  unsigned long v = pure::aux_value(type, &found);
  if (!found) return pure::fail(ENOENT, 0UL);
  return v;
}
