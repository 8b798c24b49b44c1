/* fmtmsg, per POSIX (XSI) and its example: "label: SEVERITY: text" then
   "TO FIX: action tag" on standard error, components chosen by MSGVERB; and isastream,
   which on Linux is false for every valid descriptor. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <fmtmsg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stropts.h>
#include <unistd.h>
#include "../check.h"

/* Runs fmtmsg with standard error sent to a file and returns what was written. */
static const char *captured(int *result, long cls, const char *label, int sev, const char *text,
                            const char *action, const char *tag) {
  static char out[512];
  fflush(stderr);
  int saved = dup(2);
  int fd = open("stderr.txt", O_RDWR | O_CREAT | O_TRUNC, 0600);
  dup2(fd, 2);
  *result = fmtmsg(cls, label, sev, text, action, tag);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  ssize_t n = pread(fd, out, sizeof out - 1, 0);
  out[n > 0 ? n : 0] = '\0';
  close(fd);
  return out;
}

int main(void) {
  int r;
  unsetenv("MSGVERB");
  CHECK_STR(captured(&r, MM_PRINT | MM_UTIL | MM_RECOVER, "UX:cat", MM_ERROR, "illegal option",
                     "refer to cat in user's reference manual", "UX:cat:001"),
            "UX:cat: ERROR: illegal option\n"
            "TO FIX: refer to cat in user's reference manual UX:cat:001\n");
  CHECK_INT(r, MM_OK);
  CHECK_STR(captured(&r, MM_PRINT, "X:y", MM_WARNING, "careful", MM_NULLACT, MM_NULLTAG),
            "X:y: WARNING: careful\n");
  CHECK_STR(captured(&r, MM_PRINT, MM_NULLLBL, MM_INFO, "note", "do this", MM_NULLTAG),
            "INFO: note\nTO FIX: do this\n");
  CHECK_STR(captured(&r, MM_PRINT, "X:y", MM_HALT, "stop", MM_NULLACT, "X:y:2"), "X:y: HALT: stop\nX:y:2\n");

  setenv("MSGVERB", "text:action", 1);
  CHECK_STR(captured(&r, MM_PRINT, "UX:cat", MM_ERROR, "illegal option", "see the manual", "UX:cat:001"),
            "illegal option\nTO FIX: see the manual\n");
  setenv("MSGVERB", "severity:nonsense", 1); /* an unknown keyword: everything */
  CHECK_STR(captured(&r, MM_PRINT, "A:b", MM_ERROR, "t", MM_NULLACT, MM_NULLTAG), "A:b: ERROR: t\n");
  unsetenv("MSGVERB");
  /* Neither destination: nothing written, nothing failed. */
  CHECK_STR(captured(&r, MM_SOFT, "A:b", MM_ERROR, "t", MM_NULLACT, MM_NULLTAG), "");
  CHECK_INT(r, MM_OK);

  CHECK_INT(isastream(0), 0);
  int fd = open("stderr.txt", O_RDONLY);
  CHECK_INT(isastream(fd), 0);
  close(fd);
  CHECK_INT(isastream(fd), -1);
  CHECK_INT(errno, EBADF);
  unlink("stderr.txt");
  return check_done();
}
