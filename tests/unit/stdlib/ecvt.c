#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  int decpt = 99, sign = 99;
  CHECK_STR(ecvt(3.14159, 3, &decpt, &sign), "314");
  CHECK_INT(decpt, 1);
  CHECK_INT(sign, 0);
  CHECK_STR(ecvt(-0.00123456, 4, &decpt, &sign), "1235");
  CHECK_INT(decpt, -2);
  CHECK(sign != 0);
  CHECK_STR(ecvt(99.96, 3, &decpt, &sign), "100"); /* rounding carries into a new digit */
  CHECK_INT(decpt, 3);
  CHECK_STR(ecvt(12345.0, 7, &decpt, &sign), "1234500");
  CHECK_INT(decpt, 5);

  CHECK_STR(fcvt(3.14159, 2, &decpt, &sign), "314");
  CHECK_INT(decpt, 1);
  CHECK_STR(fcvt(-1234.5678, 1, &decpt, &sign), "12346");
  CHECK_INT(decpt, 4);
  CHECK(sign != 0);
  CHECK_STR(fcvt(0.0123, 3, &decpt, &sign), "12");
  CHECK_INT(decpt, -1);
  CHECK_STR(fcvt(250.0, 0, &decpt, &sign), "250");
  CHECK_INT(decpt, 3);

  char buf[64];
  CHECK_STR(gcvt(3.14159, 3, buf), "3.14");
  CHECK_STR(gcvt(1234567.0, 3, buf), "1.23e+06");
  CHECK_STR(gcvt(0.5, 6, buf), "0.5");
  CHECK_STR(gcvt(-42.0, 5, buf), "-42");

  /* mktemp: a free name in place of the X's; malformed templates give "" and EINVAL. */
  char name[] = "/tmp/pure-mktemp-XXXXXX";
  CHECK(mktemp(name) == name);
  CHECK_INT(strlen(name), 23);
  CHECK(strncmp(name, "/tmp/pure-mktemp-", 17) == 0);
  CHECK(strcmp(name + 17, "XXXXXX") != 0);
  struct stat st;
  CHECK_INT(lstat(name, &st), -1);
  char bad[] = "/tmp/pure-mktemp-XXXX";
  errno = 0;
  CHECK(mktemp(bad) == bad);
  CHECK_STR(bad, "");
  CHECK_INT(errno, EINVAL);
  char nodir[] = "/nonexistent-pure-dir/fileXXXXXX";
  /* A missing directory means no file by that name exists: the name is still free. */
  CHECK(mktemp(nodir) == nodir);
  return check_done();
}
