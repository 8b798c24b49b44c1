/* Streams over files: fopen modes, reading and writing, positioning, ungetc, getline,
   buffering modes, fdopen/freopen, remove/rename, tmpfile and error reporting. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../check.h"

static char dir[64];
static char path_a[96], path_b[96];

static long file_size(const char *p) {
  FILE *f = fopen(p, "r");
  if (!f) return -1;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fclose(f);
  return n;
}

int main(void) {
  snprintf(dir, sizeof dir, "/tmp/pure-stdio-%d", (int)getpid());
  CHECK_INT(mkdir(dir, 0700), 0);
  snprintf(path_a, sizeof path_a, "%s/a.txt", dir);
  snprintf(path_b, sizeof path_b, "%s/b.txt", dir);

  /* write, then read back */
  FILE *f = fopen(path_a, "w");
  CHECK(f != NULL);
  CHECK_INT(fputs("hello\n", f), 1);
  CHECK_INT(fprintf(f, "%d %s\n", 42, "world"), 9);
  CHECK_INT(fputc('x', f), 'x');
  CHECK_INT(fwrite("yz\n", 1, 3, f), 3);
  CHECK_INT(ftell(f), 19);
  CHECK_INT(fclose(f), 0);
  CHECK_INT(file_size(path_a), 19);

  f = fopen(path_a, "r");
  CHECK(f != NULL);
  char line[64];
  CHECK(fgets(line, sizeof line, f) == line);
  CHECK_STR(line, "hello\n");
  CHECK_INT(fgetc(f), '4');
  CHECK_INT(ungetc('Q', f), 'Q');
  CHECK_INT(ftell(f), 6);
  CHECK_INT(fgetc(f), 'Q');
  CHECK(fgets(line, 4, f) == line);
  CHECK_STR(line, "2 w");
  char rd[32] = {0};
  CHECK_INT(fread(rd, 1, sizeof rd, f), 9);
  CHECK_STR(rd, "orld\nxyz\n");
  CHECK(feof(f));
  CHECK(!ferror(f));
  CHECK_INT(fgetc(f), EOF);
  clearerr(f);
  CHECK(!feof(f));
  rewind(f);
  CHECK_INT(fgetc(f), 'h');
  CHECK_INT(fseek(f, -4, SEEK_END), 0);
  CHECK_INT(fgetc(f), 'x');
  fpos_t pos;
  CHECK_INT(fgetpos(f, &pos), 0);
  CHECK_INT(fgetc(f), 'y');
  CHECK_INT(fsetpos(f, &pos), 0);
  CHECK_INT(fgetc(f), 'y');
  CHECK_INT(fseek(f, 0, 42), -1);
  CHECK_INT(errno, EINVAL);
  /* writing to a read-only stream fails and sets the error flag */
  CHECK_INT(fputc('a', f), EOF);
  CHECK(ferror(f));
  CHECK_INT(fclose(f), 0);

  /* getline / getdelim */
  f = fopen(path_a, "r");
  char *l = NULL;
  size_t cap = 0;
  CHECK_INT(getline(&l, &cap, f), 6);
  CHECK_STR(l, "hello\n");
  CHECK_INT(getdelim(&l, &cap, ' ', f), 3);
  CHECK_STR(l, "42 ");
  CHECK_INT(getline(&l, &cap, f), 6);
  CHECK_INT(getline(&l, &cap, f), 4);
  CHECK_STR(l, "xyz\n");
  CHECK_INT(getline(&l, &cap, f), -1);
  CHECK(cap >= 5);
  free(l);
  fclose(f);

  /* append and update modes */
  f = fopen(path_a, "a+");
  CHECK(f != NULL);
  CHECK_INT(fputs("tail\n", f), 1);
  CHECK_INT(fseek(f, 0, SEEK_SET), 0);
  CHECK_INT(fgetc(f), 'h');
  CHECK_INT(fseek(f, 0, SEEK_CUR), 0);
  fputs("more", f); /* appends regardless of the position */
  CHECK_INT(fclose(f), 0);
  CHECK_INT(file_size(path_a), 28);

  /* "x": exclusive creation */
  f = fopen(path_a, "wx");
  CHECK(f == NULL && errno == EEXIST);
  f = fopen(path_b, "wxe");
  CHECK(f != NULL);
  CHECK_INT(fcntl(fileno(f), F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
  fclose(f);

  /* bad modes and missing files */
  errno = 0;
  CHECK(fopen(path_a, "q") == NULL && errno == EINVAL);
  char missing[128];
  snprintf(missing, sizeof missing, "%s/none/x", dir);
  CHECK(fopen(missing, "r") == NULL && errno == ENOENT);

  /* "w+" read-back after a switch through fflush / fseek */
  f = fopen(path_b, "w+");
  for (int i = 0; i < 3000; i++) fprintf(f, "%04d\n", i);
  CHECK_INT(ftell(f), 15000);
  CHECK_INT(fseek(f, 5 * 1234, SEEK_SET), 0);
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "1234\n") == 0);
  CHECK_INT(fseek(f, 0, SEEK_CUR), 0);
  CHECK_INT(fputs("ABCD", f), 1);
  CHECK_INT(fflush(f), 0);
  CHECK_INT(fseek(f, 5 * 1235, SEEK_SET), 0);
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "ABCD\n") == 0);
  /* big fread through the unbuffered path */
  static char big[20000];
  rewind(f);
  CHECK_INT(fread(big, 1, sizeof big, f), 15000);
  CHECK(memcmp(big + 5 * 2999, "2999\n", 5) == 0);
  fclose(f);

  /* setvbuf: full buffering holds data until fflush; unbuffered writes at once */
  f = fopen(path_b, "w");
  static char vbuf[64];
  CHECK_INT(setvbuf(f, vbuf, _IOFBF, sizeof vbuf), 0);
  fputs("abc", f);
  CHECK_INT(file_size(path_b), 0);
  fflush(f);
  CHECK_INT(file_size(path_b), 3);
  fputs("defghijklmnopqrstuvwxyzdefghijklmnopqrstuvwxyzdefghijklmnopqrstuvwxyz", f);
  CHECK(file_size(path_b) >= 64);
  fclose(f);
  f = fopen(path_b, "w");
  CHECK_INT(setvbuf(f, NULL, _IONBF, 0), 0);
  fputc('1', f);
  CHECK_INT(file_size(path_b), 1);
  fclose(f);
  f = fopen(path_b, "w");
  CHECK_INT(setvbuf(f, NULL, _IOLBF, 0), 0);
  fputs("no newline", f);
  CHECK_INT(file_size(path_b), 0);
  fputs(" now\nrest", f);
  CHECK_INT(file_size(path_b), 15);
  CHECK_INT(setvbuf(f, NULL, 99, 0), -1);
  fclose(f);
  CHECK_INT(file_size(path_b), 19);

  /* fdopen and freopen */
  int fd = open(path_b, O_RDONLY);
  f = fdopen(fd, "r");
  CHECK(f != NULL);
  CHECK_INT(fileno(f), fd);
  CHECK_INT(fgetc(f), 'n');
  fclose(f);
  fd = open(path_b, O_RDONLY);
  errno = 0;
  CHECK(fdopen(fd, "w") == NULL && errno == EINVAL);
  close(fd);
  f = fopen(path_a, "r");
  f = freopen(path_b, "r", f);
  CHECK(f != NULL);
  CHECK_INT(fgetc(f), 'n');
  fclose(f);

  /* freopen keeps the standard streams' descriptors */
  f = freopen(path_b, "r", stdin);
  CHECK(f == stdin);
  CHECK_INT(fileno(stdin), 0);
  CHECK(fgets(line, sizeof line, stdin) && strcmp(line, "no newline now\n") == 0);
  int v = 0;
  CHECK_INT(scanf("%*s"), 0);
  CHECK_INT(scanf("%d", &v), EOF);

  /* setvbuf after output: the pending bytes are written first */
  f = fopen(path_a, "w");
  fputs("abc", f);
  CHECK_INT(setvbuf(f, NULL, _IONBF, 0), 0);
  CHECK_INT(file_size(path_a), 3);
  fputc('d', f);
  CHECK_INT(file_size(path_a), 4);
  fclose(f);

  /* rename and remove */
  CHECK_INT(rename(path_b, path_a), 0);
  CHECK_INT(file_size(path_a), 19);
  CHECK_INT(rename(path_b, path_a), -1);
  CHECK_INT(errno, ENOENT);
  CHECK_INT(remove(path_a), 0);
  CHECK_INT(remove(path_a), -1);
  CHECK_INT(errno, ENOENT);

  /* tmpfile */
  f = tmpfile();
  CHECK(f != NULL);
  fputs("temporary", f);
  rewind(f);
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "temporary") == 0);
  fclose(f);

  /* a failed flush is reported by fflush and by fclose (/dev/full: ENOSPC) */
  f = fopen("/dev/full", "w");
  if (f) {
    CHECK_INT(fputs("data", f), 1); /* buffered: no error yet */
    errno = 0;
    CHECK_INT(fflush(f), EOF);
    CHECK_INT(errno, ENOSPC);
    CHECK(ferror(f));
    fputs("more", f);
    errno = 0;
    CHECK_INT(fclose(f), EOF);
    CHECK_INT(errno, ENOSPC);
  }

  /* fflush on an input stream moves the descriptor to the stream position (POSIX) */
  f = fopen(path_a, "w");
  fputs("0123456789", f);
  fclose(f);
  f = fopen(path_a, "r");
  CHECK_INT(fgetc(f), '0');
  CHECK_INT(fgetc(f), '1');
  CHECK_INT(fflush(f), 0);
  CHECK_INT(lseek(fileno(f), 0, SEEK_CUR), 2);
  CHECK_INT(fgetc(f), '2');
  /* ungetc then fseek discards the pushed-back character */
  CHECK_INT(ungetc('X', f), 'X');
  CHECK_INT(fseek(f, 5, SEEK_SET), 0);
  CHECK_INT(fgetc(f), '5');
  /* fread of partial items counts whole items */
  CHECK_INT(fread(line, 3, 5, f), 1);
  CHECK(feof(f));
  fclose(f);

  /* "r+": read, then write after fseek, then read again */
  f = fopen(path_a, "r+");
  CHECK_INT(fgetc(f), '0');
  CHECK_INT(fseek(f, 0, SEEK_CUR), 0);
  CHECK_INT(fputc('A', f), 'A');
  CHECK_INT(fseek(f, 0, SEEK_CUR), 0);
  CHECK_INT(fgetc(f), '2');
  rewind(f);
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "0A23456789") == 0);
  fclose(f);
  CHECK_INT(remove(path_a), 0);

  /* popen / pclose */
  f = popen("echo hi; exit 3", "r");
  CHECK(f != NULL);
  CHECK(fgets(line, sizeof line, f) && strcmp(line, "hi\n") == 0);
  CHECK_INT(pclose(f), 3 << 8);
  f = popen("cat > /dev/null", "w");
  CHECK(f != NULL);
  CHECK_INT(fputs("data\n", f), 1);
  CHECK_INT(pclose(f), 0);
  errno = 0;
  CHECK(popen("true", "x") == NULL && errno == EINVAL);

  /* locking is recursive */
  flockfile(stdout);
  CHECK_INT(ftrylockfile(stdout), 0);
  funlockfile(stdout);
  funlockfile(stdout);

  CHECK_INT(remove(dir), 0);
  return check_done();
}
