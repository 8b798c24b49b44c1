// clone(fn, stack, flags, arg, [ptid, [tls, [ctid]]]): a child that runs fn(arg) on the
// caller's stack and exits with its result. The stack switch is the thread area's
// __pure_clone; here sit the optional arguments and the child's own thread descriptor.
#include <errno.h>
#include <sched.h>
#include <stdarg.h>

#include "support/errno.h"
#include "thread/thread.h"

extern "C" long __pure_clone(int (*fn)(void*), void* stack, unsigned long flags, void* arg, int* parent_tid,
                             void* tls, int* child_tid);

namespace pure {
namespace {

// Kept at the top of the child's stack: with CLONE_VM the parent may return (and reuse its
// own stack) before the child has read it.
struct CloneStart {
  int (*fn)(void*);
  void* arg;
  int flags;
};

int clone_start(void* p) {
  auto* start = static_cast<CloneStart*>(p);
  // A child in its own address space with the parent's thread pointer (what fork makes) owns
  // a copy of the descriptor, which must carry its own tid. With CLONE_VM the descriptor is
  // the parent's, and with CLONE_SETTLS it is the caller's business: leave both alone.
  if (!(start->flags & (CLONE_VM | CLONE_SETTLS)))
    current_thread()->tid = static_cast<int>(syscall(__NR_gettid));
  return start->fn(start->arg);
}

}  // namespace
}  // namespace pure

extern "C" int clone(int (*fn)(void*), void* stack, int flags, void* arg, ...) {
  if (!fn || !stack) return pure::fail(EINVAL, -1);
  // The optional arguments are positional: read as far as the flags say they are present.
  int* ptid = nullptr;
  void* tls = nullptr;
  int* ctid = nullptr;
  bool want_ctid = flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID);
  bool want_tls = want_ctid || (flags & CLONE_SETTLS);
  bool want_ptid = want_tls || (flags & (CLONE_PARENT_SETTID | CLONE_PIDFD));
  va_list ap;
  va_start(ap, arg);
  if (want_ptid) ptid = va_arg(ap, int*);
  if (want_tls) tls = va_arg(ap, void*);
  if (want_ctid) ctid = va_arg(ap, int*);
  va_end(ap);

  auto top = reinterpret_cast<unsigned long>(stack) & -16UL;
  auto* start = reinterpret_cast<pure::CloneStart*>(top - ((sizeof(pure::CloneStart) + 15) & -16UL));
  *start = {fn, arg, flags};
  long r = __pure_clone(pure::clone_start, start, static_cast<unsigned int>(flags), start, ptid, tls, ctid);
  return static_cast<int>(pure::to_errno(r));
}
