// insque and remque: doubly linked queues whose elements start with forward and
// backward pointers. A null predecessor starts a new linear (non-circular) list.
#include <search.h>

namespace pure {
namespace {
struct Link {
  Link *next;
  Link *prev;
};
}  // namespace
}  // namespace pure

extern "C" {

void insque(void *element, void *pred) {
  auto *e = static_cast<pure::Link *>(element);
  auto *p = static_cast<pure::Link *>(pred);
  if (!p) {
    e->next = e->prev = nullptr;
    return;
  }
  e->next = p->next;
  e->prev = p;
  p->next = e;
  if (e->next) e->next->prev = e;
}

void remque(void *element) {
  auto *e = static_cast<pure::Link *>(element);
  if (e->next) e->next->prev = e->prev;
  if (e->prev) e->prev->next = e->next;
}

}
