// sigemptyset and friends: sigset_t is a bit array, signal n at bit n - 1.
#include <errno.h>
#include <signal.h>

#include "support/errno.h"

namespace {
constexpr int kBits = 8 * sizeof(unsigned long);
constexpr int kWords = sizeof(sigset_t) / sizeof(unsigned long);
bool valid(int sig) { return sig >= 1 && sig < _NSIG; }
}  // namespace

extern "C" {

int sigemptyset(sigset_t* set) {
  for (int i = 0; i < kWords; i++) set->__bits[i] = 0;
  return 0;
}

int sigfillset(sigset_t* set) {
  // Only real signals: bits beyond _NSIG - 1 stay clear so sets compare as expected.
  sigemptyset(set);
  for (int s = 1; s < _NSIG; s++) set->__bits[(s - 1) / kBits] |= 1UL << ((s - 1) % kBits);
  return 0;
}

int sigaddset(sigset_t* set, int sig) {
  if (!valid(sig)) return pure::fail(EINVAL, -1);
  set->__bits[(sig - 1) / kBits] |= 1UL << ((sig - 1) % kBits);
  return 0;
}

int sigdelset(sigset_t* set, int sig) {
  if (!valid(sig)) return pure::fail(EINVAL, -1);
  set->__bits[(sig - 1) / kBits] &= ~(1UL << ((sig - 1) % kBits));
  return 0;
}

int sigismember(const sigset_t* set, int sig) {
  if (!valid(sig)) return pure::fail(EINVAL, -1);
  return (set->__bits[(sig - 1) / kBits] >> ((sig - 1) % kBits)) & 1;
}

int sigisemptyset(const sigset_t* set) {
  for (int i = 0; i < kWords; i++)
    if (set->__bits[i]) return 0;
  return 1;
}

int sigandset(sigset_t* dst, const sigset_t* a, const sigset_t* b) {
  for (int i = 0; i < kWords; i++) dst->__bits[i] = a->__bits[i] & b->__bits[i];
  return 0;
}

int sigorset(sigset_t* dst, const sigset_t* a, const sigset_t* b) {
  for (int i = 0; i < kWords; i++) dst->__bits[i] = a->__bits[i] | b->__bits[i];
  return 0;
}

}  // extern "C"
