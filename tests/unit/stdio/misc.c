/* The rest of <stdio.h> and <stdio_ext.h>: perror, dprintf, tmpnam/tempnam, ctermid,
   getw/putw, the stream inspection functions. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../check.h"

int main(void) {
  char line[256];

  /* perror writes "prefix: message\n" to stderr; route stderr to a file to see it */
  FILE *t = tmpfile();
  CHECK(t != NULL);
  int saved = dup(2);
  CHECK(dup2(fileno(t), 2) == 2);
  errno = ENOENT;
  perror("opening");
  errno = EACCES;
  perror(NULL);
  CHECK_INT(errno, EACCES); /* perror leaves errno alone */
  dup2(saved, 2);
  close(saved);
  rewind(t);
  char want[256];
  snprintf(want, sizeof want, "opening: %s\n", strerror(ENOENT));
  CHECK(fgets(line, sizeof line, t) && strcmp(line, want) == 0);
  snprintf(want, sizeof want, "%s\n", strerror(EACCES));
  CHECK(fgets(line, sizeof line, t) && strcmp(line, want) == 0);
  fclose(t);

  /* dprintf writes straight to a descriptor */
  t = tmpfile();
  CHECK_INT(dprintf(fileno(t), "%s-%03d", "fd", 7), 6);
  rewind(t);
  CHECK(fgets(line, sizeof line, t) && strcmp(line, "fd-007") == 0);
  errno = 0;
  CHECK_INT(dprintf(-1, "x"), -1);
  CHECK_INT(errno, EBADF);
  fclose(t);

  /* getw / putw */
  t = tmpfile();
  CHECK_INT(putw(0x12345678, t), 0);
  rewind(t);
  CHECK_INT(getw(t), 0x12345678);
  CHECK_INT(getw(t), EOF);
  CHECK(feof(t));

  /* stdio_ext */
  fclose(t);
  t = tmpfile();
  CHECK(__fwritable(t) && __freadable(t));
  fputs("abc", t);
  CHECK_INT(__fpending(t), 3);
  CHECK(__fwriting(t));
  CHECK(__fbufsize(t) > 0);
  __fpurge(t);
  CHECK_INT(__fpending(t), 0);
  fputs("xy", t);
  rewind(t);
  CHECK_INT(fgetc(t), 'x');
  CHECK(__freading(t));
  CHECK_INT(__freadahead(t), 1);
  CHECK_INT(__fsetlocking(t, FSETLOCKING_BYCALLER), FSETLOCKING_INTERNAL);
  CHECK_INT(__fsetlocking(t, FSETLOCKING_QUERY), FSETLOCKING_BYCALLER);
  fclose(t);

  /* temporary names */
  char name[L_tmpnam];
  CHECK(tmpnam(name) == name);
  CHECK(strncmp(name, "/tmp/", 5) == 0);
  CHECK(access(name, F_OK) != 0);
  char *tn = tempnam("/tmp", "pfx");
  CHECK(tn != NULL && strncmp(tn, "/tmp/pfx", 8) == 0);
  free(tn);

  char term[L_ctermid];
  CHECK_STR(ctermid(term), "/dev/tty");

  /* setbuf(NULL) makes a stream unbuffered */
  t = tmpfile();
  setbuf(t, NULL);
  fputc('q', t);
  CHECK_INT(__fpending(t), 0);
  CHECK_INT(lseek(fileno(t), 0, SEEK_CUR), 1);
  fclose(t);

  /* fflush(NULL) flushes every output stream */
  t = tmpfile();
  fputs("pending", t);
  CHECK_INT(lseek(fileno(t), 0, SEEK_CUR), 0);
  CHECK_INT(fflush(NULL), 0);
  CHECK_INT(lseek(fileno(t), 0, SEEK_CUR), 7);
  fclose(t);
  return check_done();
}
