// The handlers exit and quick_exit run: atexit, __cxa_atexit (C++ static destructors),
// __cxa_finalize, at_quick_exit and quick_exit. exit() reaches run_exit_handlers through a
// weak reference, so this file is linked only into programs that register handlers.
#include <stdlib.h>
#include <linux/mman.h>

#include "support/lock.h"
#include "support/syscall.h"

namespace pure {
namespace {

struct Handler {
  void (*fn)(void*);
  void* arg;
  void* dso;
};

// Handlers live in blocks: the first is static (POSIX guarantees 32), further ones are
// mapped pages, so registering never needs malloc.
struct Block {
  Block* next;
  size_t count;
  Handler handlers[32];
};

struct HandlerList {
  Lock lock;
  Block first;
  Block* head;

  int add(void (*fn)(void*), void* arg, void* dso) {
    LockGuard guard(lock);
    if (!head) head = &first;
    if (head->count == sizeof head->handlers / sizeof head->handlers[0]) {
      long p = syscall(__NR_mmap, nullptr, sizeof(Block), PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (is_error(p)) return -1;
      Block* b = reinterpret_cast<Block*>(p);
      b->next = head;
      b->count = 0;
      head = b;
    }
    head->handlers[head->count++] = {fn, arg, dso};
    return 0;
  }

  // Runs handlers (those of `dso`, or all when it is null) in reverse order of
  // registration. A handler may register more handlers, which then run next, so each
  // round takes the newest one and calls it without the lock held.
  void run(void* dso) {
    for (;;) {
      Handler h{};
      {
        LockGuard guard(lock);
        for (Block* b = head; b && !h.fn; b = b->next)
          for (size_t i = b->count; i-- > 0;)
            if (b->handlers[i].fn && (!dso || b->handlers[i].dso == dso)) {
              h = b->handlers[i];
              b->handlers[i].fn = nullptr;
              break;
            }
        // Drop spent entries at the top so the next search starts at live ones.
        while (head && head->count && !head->handlers[head->count - 1].fn) {
          if (--head->count == 0 && head->next) head = head->next;
        }
        if (!h.fn) return;
      }
      h.fn(h.arg);
    }
  }
};

constinit HandlerList exit_handlers{};
constinit HandlerList quick_exit_handlers{};

void call_plain(void* fn) { reinterpret_cast<void (*)()>(fn)(); }

}  // namespace

// Called by exit() (see exit.cpp).
void run_exit_handlers() { exit_handlers.run(nullptr); }

}  // namespace pure

extern "C" {

int __cxa_atexit(void (*fn)(void*), void* arg, void* dso) { return pure::exit_handlers.add(fn, arg, dso); }

void __cxa_finalize(void* dso) { pure::exit_handlers.run(dso); }

int atexit(void (*fn)(void)) {
  return pure::exit_handlers.add(pure::call_plain, reinterpret_cast<void*>(fn), nullptr);
}

int at_quick_exit(void (*fn)(void)) {
  return pure::quick_exit_handlers.add(pure::call_plain, reinterpret_cast<void*>(fn), nullptr);
}

void quick_exit(int status) {
  pure::quick_exit_handlers.run(nullptr);
  _Exit(status);
}

}  // extern "C"
