/* stdio on a real file: fwrite of small records through the default buffer, and fgets
 * of a text file line by line. The file is in $TMPDIR (default /tmp). */
#include <fcntl.h>
#include <unistd.h>

#include "bench.h"

enum { RECORD = 24, FILE_BYTES = 8 << 20 };
static char path[256];

/* One operation: one fwrite of a 24-byte record. The file stays open across calls and
 * is rewound every 4 MiB, so that it stays small and is overwritten in place (truncating
 * it would cost the file system more than the writes); rewind flushes, as a full buffer
 * would anyway. */
static FILE *out;
static long written;

static void write_records(void *ctx, long n) {
  (void)ctx;
  static const char record[RECORD] = "0123456789abcdefghijklm\n";
  for (long i = 0; i < n; i++) {
    if (fwrite(record, 1, RECORD, out) != RECORD) bench_fail("fwrite");
    if (++written % ((4 << 20) / RECORD) == 0) rewind(out);
  }
  if (fflush(out)) bench_fail("fflush");
}

/* One operation: one fgets of a line (lines of 1..120 characters), starting over at the
 * end of the file. */
static void read_lines(void *ctx, long n) {
  (void)ctx;
  char line[256];
  uint64_t acc = 0;
  FILE *f = fopen(path, "r");
  if (!f) bench_fail("fopen for reading");
  for (long i = 0; i < n; i++) {
    if (!fgets(line, sizeof line, f)) {
      rewind(f);
      if (!fgets(line, sizeof line, f)) bench_fail("fgets");
    }
    acc += (unsigned char)line[0];
  }
  fclose(f);
  bench_sink += acc;
}

/* The text file is written with write(2) so that its making does not depend on stdio. */
static void make_text_file(void) {
  char *text = bench_alloc(FILE_BYTES);
  uint64_t s = 0xda942042e4dd58b5u;
  size_t at = 0;
  while (at + 122 < FILE_BYTES) {
    size_t len = 1 + bench_rand(&s) % 120;
    for (size_t k = 0; k < len; k++) text[at++] = (char)(' ' + bench_rand(&s) % 95);
    text[at++] = '\n';
  }
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0 || write(fd, text, at) != (ssize_t)at || close(fd)) bench_fail("writing the text file");
  free(text);
}

int main(void) {
  const char *dir = getenv("TMPDIR");
  snprintf(path, sizeof path, "%s/pure-bench-stdio.%d", dir && *dir ? dir : "/tmp", (int)getpid());
  out = fopen(path, "w");
  if (!out) bench_fail("fopen for writing");
  bench_run("stdio fwrite 24 B records", write_records, 0);
  if (fclose(out)) bench_fail("fclose");
  make_text_file();
  bench_run("stdio fgets lines", read_lines, 0);
  unlink(path);
  return 0;
}
