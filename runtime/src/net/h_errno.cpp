// h_errno (per thread), herror and hstrerror.
#define _GNU_SOURCE 1
#include <netdb.h>
#include <stdio.h>

namespace pure {
namespace {
constinit thread_local int h_errno_value = 0;
}
}  // namespace pure

extern "C" {

int* __h_errno_location(void) { return &pure::h_errno_value; }

const char* hstrerror(int err) {
  switch (err) {
    case NETDB_INTERNAL: return "Resolver internal error";
    case NETDB_SUCCESS: return "Resolver Error 0 (no error)";
    case HOST_NOT_FOUND: return "Unknown host";
    case TRY_AGAIN: return "Host name lookup failure";
    case NO_RECOVERY: return "Unknown server error";
    case NO_DATA: return "No address associated with name";
    default: return "Unknown resolver error";
  }
}

void herror(const char* s) {
  if (s && *s) fprintf(stderr, "%s: %s\n", s, hstrerror(h_errno));
  else fprintf(stderr, "%s\n", hstrerror(h_errno));
}

}  // extern "C"
