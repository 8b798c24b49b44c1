// mq_notify. SIGEV_NONE and SIGEV_SIGNAL are the kernel's own. For SIGEV_THREAD the
// kernel instead sends a message to a netlink socket when the queue becomes non-empty; a
// thread made with the caller's attributes (then detached) waits on that socket and runs the
// function once, as the one-shot registration promises.
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/mqueue.h>  // instead of <mqueue.h>: both define struct mq_attr
#include <linux/netlink.h>

#include "support/errno.h"

namespace pure {
namespace {

struct Notifier {
  int sock;
  void (*fn)(union sigval);
  union sigval value;
};

void* notifier_main(void* p) {
  Notifier n = *static_cast<Notifier*>(p);
  free(p);
  unsigned char cookie[NOTIFY_COOKIE_LEN];
  long r;
  do r = syscall(__NR_recvfrom, n.sock, cookie, sizeof cookie, 0, 0, 0);
  while (r == -EINTR);
  syscall(__NR_close, n.sock);
  // The last byte says why: a message arrived, or the registration went away.
  if (r == sizeof cookie && cookie[NOTIFY_COOKIE_LEN - 1] == NOTIFY_WOKENUP) n.fn(n.value);
  return nullptr;
}

int notify_thread(int mq, const struct sigevent* event) {
  long sock = syscall(__NR_socket, AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  if (is_error(sock)) return fail(static_cast<int>(-sock), -1);
  auto* n = static_cast<Notifier*>(malloc(sizeof(Notifier)));
  if (!n) {
    syscall(__NR_close, sock);
    return fail(ENOMEM, -1);
  }
  *n = {static_cast<int>(sock), event->sigev_notify_function, event->sigev_value};
  unsigned char cookie[NOTIFY_COOKIE_LEN] = {};
  struct sigevent k = {};
  k.sigev_notify = SIGEV_THREAD;
  k.sigev_signo = static_cast<int>(sock);
  k.sigev_value.sival_ptr = cookie;  // the kernel copies it now
  long r = syscall(__NR_mq_notify, mq, &k);
  if (is_error(r)) {
    syscall(__NR_close, sock);
    free(n);
    return fail(static_cast<int>(-r), -1);
  }
  // The notification thread takes no signals meant for the program.
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  pthread_t t;
  int e = pthread_create(&t, event->sigev_notify_attributes, notifier_main, n);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  if (e != 0) {
    syscall(__NR_mq_notify, mq, nullptr);
    syscall(__NR_close, sock);
    free(n);
    return fail(e, -1);
  }
  int state = PTHREAD_CREATE_JOINABLE;
  if (event->sigev_notify_attributes) pthread_attr_getdetachstate(event->sigev_notify_attributes, &state);
  if (state == PTHREAD_CREATE_JOINABLE) pthread_detach(t);
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" int mq_notify(int mq, const struct sigevent* event);  // mqd_t is int

extern "C" int mq_notify(int mq, const struct sigevent* event) {
  if (event && event->sigev_notify == SIGEV_THREAD) return pure::notify_thread(mq, event);
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mq_notify, mq, event)));
}
