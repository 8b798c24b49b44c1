// pthread_cleanup_push/pop: the handlers form a stack in the thread descriptor, so
// pthread_exit can run those still pushed.
#include <pthread.h>

#include "thread/thread.h"

extern "C" {

void __pthread_cleanup_push(struct __pthread_cleanup* c, void (*routine)(void*), void* arg) {
  pure::Thread* t = pure::current_thread();
  c->__routine = routine;
  c->__arg = arg;
  c->__next = t->cleanup;
  t->cleanup = c;
}

void __pthread_cleanup_pop(struct __pthread_cleanup* c, int execute) {
  pure::current_thread()->cleanup = c->__next;
  if (execute) c->__routine(c->__arg);
}

}  // extern "C"
