// catopen, catgets, catclose. pure reads no message catalog format, so no catalog can be
// opened: catopen fails with ENOENT (as it does when no catalog file exists), and catgets,
// given the (nl_catd)-1 that catopen returned, hands back the default string as POSIX says.
#include <errno.h>
#include <nl_types.h>

#include "support/errno.h"

extern "C" nl_catd catopen(const char* name, int flag) {
  (void)flag;
  if (!name) return pure::fail(EINVAL, reinterpret_cast<nl_catd>(-1L));
  return pure::fail(ENOENT, reinterpret_cast<nl_catd>(-1L));
}

extern "C" char* catgets(nl_catd catd, int set_id, int msg_id, const char* s) {
  (void)catd;
  (void)set_id;
  (void)msg_id;
  // Every nl_catd a program can hold here is invalid (catopen never succeeds).
  errno = EBADF;
  return const_cast<char*>(s);
}

extern "C" int catclose(nl_catd catd) {
  (void)catd;
  return pure::fail(EBADF, -1);
}
