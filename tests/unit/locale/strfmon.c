/* strfmon / strfmon_l in pure's locales, whose LC_MONETARY is the POSIX locale's: no
   currency symbol or grouping, '.' as the radix, "-" for negatives, 2 fraction digits
   unless a right precision is given. Flags, widths and precisions as POSIX describes. */
#include "../check.h"
#include <errno.h>
#include <locale.h>
#include <monetary.h>

static char buf[64];

static const char *fmt(const char *f, double v) {
  ssize_t r = strfmon(buf, sizeof buf, f, v);
  CHECK(r >= 0 && (size_t)r == strlen(buf));
  return r >= 0 ? buf : "(error)";
}

int main(void) {
  CHECK_STR(fmt("%n", 123.45), "123.45");
  CHECK_STR(fmt("%i", -123.45), "-123.45");
  CHECK_STR(fmt("%n", 0.125), "0.12");  /* 0.125 is exact: round half to even */
  CHECK_STR(fmt("%n", 1234567.891), "1234567.89");
  CHECK_STR(fmt("[%12n]", -123.45), "[     -123.45]");
  CHECK_STR(fmt("[%-12n]", 123.45), "[123.45      ]");
  CHECK_STR(fmt("[%#6n]", 123.45), "[    123.45]");  /* a space where the sign goes */
  CHECK_STR(fmt("[%#6n]", -123.45), "[-   123.45]");
  CHECK_STR(fmt("[%=*#6n]", 123.45), "[ ***123.45]");
  CHECK_STR(fmt("[%=0#6n]", -1.5), "[-000001.50]");
  CHECK_STR(fmt("[%#2n]", 1234.5), "[ 1234.50]");  /* the left precision is a minimum */
  CHECK_STR(fmt("[%(n]", -123.45), "[(123.45)]");
  CHECK_STR(fmt("[%(n]", 123.45), "[123.45]");
  CHECK_STR(fmt("[%(#5n]", 123.45), "[   123.45 ]");
  CHECK_STR(fmt("[%(#5n]", -123.45), "[(  123.45)]");
  CHECK_STR(fmt("[%!^+n]", 9.999), "[10.00]");
  CHECK_STR(fmt("[%.0n]", -123.5), "[-124]");
  CHECK_STR(fmt("[%.3i]", 0.5), "[0.500]");
  CHECK_STR(fmt("[%-14#5.4n]", -123.45), "[-  123.4500   ]");
  CHECK_STR(fmt("100%% of %n", 7.0), "100% of 7.00");

  ssize_t r = strfmon(buf, sizeof buf, "%n and %n", 1.0, -2.0);
  CHECK_INT(r, 14);
  CHECK_STR(buf, "1.00 and -2.00");

  locale_t u = newlocale(LC_ALL_MASK, "de_DE.UTF-8", (locale_t)0);
  CHECK(u != (locale_t)0);
  CHECK_INT(strfmon_l(buf, sizeof buf, u, "%n", 3.5), 4);
  CHECK_STR(buf, "3.50");
  freelocale(u);

  /* Too small for the result (with its null): E2BIG. */
  char small[8];
  errno = 0;
  CHECK_INT(strfmon(small, 6, "%n", 123.45), -1);
  CHECK_INT(errno, E2BIG);
  CHECK_INT(strfmon(small, 7, "%n", 123.45) , 6);
  errno = 0;
  CHECK_INT(strfmon(small, 0, "", 1.0), -1);
  CHECK_INT(errno, E2BIG);
  /* An unknown conversion. */
  errno = 0;
  CHECK_INT(strfmon(buf, sizeof buf, "%d", 1.0), -1);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
