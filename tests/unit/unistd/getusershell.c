#define _DEFAULT_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  /* Expected list: from /etc/shells (first word of each non-comment line), read here by
     hand, or the traditional default when the file is missing. */
  char want[64][256];
  int n = 0;
  FILE *f = fopen("/etc/shells", "r");
  if (f) {
    char buf[256];
    while (n < 64 && fgets(buf, sizeof buf, f)) {
      char word[256];
      if (sscanf(buf, " %255[^ \t\n#]", word) == 1) strcpy(want[n++], word);
    }
    fclose(f);
  } else {
    strcpy(want[n++], "/bin/sh");
    strcpy(want[n++], "/bin/csh");
  }
  for (int round = 0; round < 2; round++) {
    int i = 0;
    char *s;
    while ((s = getusershell()) != NULL) {
      CHECK(i < n);
      if (i < n) CHECK_STR(s, want[i]);
      i++;
    }
    CHECK_INT(i, n);
    CHECK(getusershell() == NULL); /* stays at the end */
    setusershell();                /* rewinds for the second round */
  }
  endusershell();
  CHECK(n == 0 || (getusershell() != NULL)); /* usable again after endusershell */
  endusershell();
  return check_done();
}
