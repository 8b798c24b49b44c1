// The System V signal interface kept by XSI: sigset/sighold/sigrelse/sigignore/sigpause,
// and bsd_signal. All are built on sigaction and the signal mask.
#include <signal.h>

namespace {

int change_mask(int how, int sig) {
  sigset_t set;
  sigemptyset(&set);
  if (sigaddset(&set, sig) != 0) return -1;
  return sigprocmask(how, &set, nullptr);
}

}  // namespace

extern "C" {

// signal() already has BSD semantics (the handler stays installed, calls restart).
void (*bsd_signal(int sig, void (*handler)(int)))(int) { return signal(sig, handler); }

int sighold(int sig) { return change_mask(SIG_BLOCK, sig); }

int sigrelse(int sig) { return change_mask(SIG_UNBLOCK, sig); }

int sigignore(int sig) {
  struct sigaction sa = {};
  sa.sa_handler = SIG_IGN;
  return sigaction(sig, &sa, nullptr);
}

// XSI: removes sig from the mask and waits for a signal, atomically; always -1 (EINTR).
int sigpause(int sig) {
  sigset_t mask;
  if (sigprocmask(SIG_BLOCK, nullptr, &mask) != 0 || sigdelset(&mask, sig) != 0) return -1;
  return sigsuspend(&mask);
}

// Returns SIG_HOLD if sig was blocked before the call, its previous disposition otherwise.
void (*sigset(int sig, void (*disp)(int)))(int) {
  sigset_t set, old;
  sigemptyset(&set);
  if (sigaddset(&set, sig) != 0) return SIG_ERR;
  struct sigaction prev;
  if (disp == SIG_HOLD) {
    if (sigaction(sig, nullptr, &prev) != 0 || sigprocmask(SIG_BLOCK, &set, &old) != 0) return SIG_ERR;
  } else {
    struct sigaction sa = {};
    sa.sa_handler = disp;
    if (sigaction(sig, &sa, &prev) != 0 || sigprocmask(SIG_UNBLOCK, &set, &old) != 0) return SIG_ERR;
  }
  return sigismember(&old, sig) ? SIG_HOLD : prev.sa_handler;
}

}  // extern "C"
