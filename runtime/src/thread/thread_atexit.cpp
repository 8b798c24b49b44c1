// __cxa_thread_atexit_impl: destructors of thread_local objects, run newest first when
// the thread exits (before pthread_key destructors) or, for the main thread, at exit().
#include <stdlib.h>

#include "thread/thread.h"

namespace pure {

void run_tls_dtors() {
  Thread* t = current_thread();
  // A destructor may construct further thread_local objects; they join the list and run too.
  while (TlsDtor* d = t->tls_dtors) {
    t->tls_dtors = d->next;
    d->fn(d->obj);
    free(d);
  }
}

}  // namespace pure

extern "C" int __cxa_thread_atexit_impl(void (*fn)(void*), void* obj, void* dso) {
  auto* d = static_cast<pure::TlsDtor*>(malloc(sizeof(pure::TlsDtor)));
  if (!d) return -1;
  pure::Thread* t = pure::current_thread();
  d->fn = fn;
  d->obj = obj;
  d->next = t->tls_dtors;
  t->tls_dtors = d;
  return 0;
}
