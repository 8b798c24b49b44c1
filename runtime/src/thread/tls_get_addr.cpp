// __tls_get_addr: the general-dynamic TLS entry point. A static program has one TLS
// module (the program, number 1), so the answer is the calling thread's block plus the
// offset; linkers usually relax such accesses away, but objects built with -fPIC may
// still call it.
#include "thread/thread.h"

#if defined(__x86_64__)
namespace {
struct TlsIndex {
  unsigned long module;
  unsigned long offset;
};
}  // namespace

extern "C" void* __tls_get_addr(TlsIndex* index) {
  return static_cast<char*>(pure::tls_block(pure::current_thread())) + index->offset;
}
#endif
