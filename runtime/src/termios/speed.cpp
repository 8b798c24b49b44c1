// cfgetispeed, cfgetospeed, cfsetispeed, cfsetospeed, cfsetspeed: the speed codes (B0,
// B9600, ...) kept where the kernel reads them, CBAUD for output and CIBAUD for input
// (zero there meaning "the output speed", as for the kernel). c_ispeed/c_ospeed follow.
#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <termios.h>

#include "support/errno.h"

namespace pure {
namespace {

// A speed code is one of B0..B38400 or B57600..B4000000; BOTHER alone is not a speed.
bool valid_speed(speed_t s) { return (s & ~static_cast<speed_t>(CBAUD)) == 0 && s != BOTHER; }

}  // namespace
}  // namespace pure

extern "C" {

speed_t cfgetospeed(const struct termios* t) { return t->c_cflag & CBAUD; }

speed_t cfgetispeed(const struct termios* t) {
  speed_t in = (t->c_cflag & CIBAUD) >> IBSHIFT;
  return in ? in : cfgetospeed(t);
}

int cfsetospeed(struct termios* t, speed_t speed) {
  if (!pure::valid_speed(speed)) return pure::fail(EINVAL, -1);
  t->c_cflag = (t->c_cflag & ~static_cast<tcflag_t>(CBAUD)) | speed;
  t->c_ospeed = speed;
  t->c_ispeed = cfgetispeed(t);
  return 0;
}

// POSIX: an input speed of 0 means "the same as the output speed".
int cfsetispeed(struct termios* t, speed_t speed) {
  if (!pure::valid_speed(speed)) return pure::fail(EINVAL, -1);
  t->c_cflag = (t->c_cflag & ~static_cast<tcflag_t>(CIBAUD)) | (speed << IBSHIFT);
  t->c_ispeed = cfgetispeed(t);
  return 0;
}

int cfsetspeed(struct termios* t, speed_t speed) {
  if (!pure::valid_speed(speed)) return pure::fail(EINVAL, -1);
  cfsetospeed(t, speed);
  cfsetispeed(t, speed);
  return 0;
}

}  // extern "C"
