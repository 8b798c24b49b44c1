/* signalfd, per signalfd(2): a blocked signal becomes readable as a 128-byte
   signalfd_siginfo; SFD_NONBLOCK reads fail with EAGAIN when nothing is pending; passing
   the descriptor back changes its mask. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <unistd.h>
#include "../check.h"

int main(void) {
  CHECK_INT(sizeof(struct signalfd_siginfo), 128);
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGUSR1);
  CHECK_INT(sigprocmask(SIG_BLOCK, &mask, NULL), 0);
  int fd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC);
  CHECK(fd >= 0);

  struct signalfd_siginfo info;
  CHECK_INT(read(fd, &info, sizeof info), -1);
  CHECK_INT(errno, EAGAIN);

  CHECK_INT(kill(getpid(), SIGUSR1), 0);
  struct pollfd p = {fd, POLLIN, 0};
  CHECK_INT(poll(&p, 1, 1000), 1);
  CHECK_INT(read(fd, &info, sizeof info), (int)sizeof info);
  CHECK_INT(info.ssi_signo, SIGUSR1);
  CHECK_INT(info.ssi_code, SI_USER);
  CHECK_INT(info.ssi_pid, getpid());
  CHECK_INT(info.ssi_uid, getuid());
  CHECK_INT(read(fd, &info, sizeof info), -1); /* consumed */
  CHECK_INT(errno, EAGAIN);

  /* sigqueue carries a value: ssi_int. */
  union sigval v = {.sival_int = 1234};
  CHECK_INT(sigqueue(getpid(), SIGUSR1, v), 0);
  CHECK_INT(read(fd, &info, sizeof info), (int)sizeof info);
  CHECK_INT(info.ssi_code, SI_QUEUE);
  CHECK_INT(info.ssi_int, 1234);

  /* The same descriptor, now for SIGUSR2 only. */
  sigaddset(&mask, SIGUSR2);
  CHECK_INT(sigprocmask(SIG_BLOCK, &mask, NULL), 0);
  sigset_t only2;
  sigemptyset(&only2);
  sigaddset(&only2, SIGUSR2);
  CHECK_INT(signalfd(fd, &only2, 0), fd);
  CHECK_INT(kill(getpid(), SIGUSR1), 0);
  CHECK_INT(read(fd, &info, sizeof info), -1); /* SIGUSR1 stays pending, unseen */
  CHECK_INT(errno, EAGAIN);
  CHECK_INT(kill(getpid(), SIGUSR2), 0);
  CHECK_INT(read(fd, &info, sizeof info), (int)sizeof info);
  CHECK_INT(info.ssi_signo, SIGUSR2);

  /* Not a signalfd descriptor; bad flags. */
  CHECK_INT(signalfd(0, &mask, 0), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(signalfd(-1, &mask, 0x1), -1);
  CHECK_INT(errno, EINVAL);
  close(fd);
  return check_done();
}
