/* Streams are thread-safe: concurrent fprintf calls on one stream never interleave
   within a call, and flockfile groups several calls. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "../check.h"

#define THREADS 4
#define LINES 2000

static FILE *out;

static void *writer(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < LINES; i++) {
    if (i % 2) {
      fprintf(out, "thread %ld line %04d end\n", id, i);
    } else {
      flockfile(out);
      fputs("thread ", out);
      fprintf(out, "%ld line %04d", id, i);
      putc_unlocked(' ', out);
      fputs("end\n", out);
      funlockfile(out);
    }
  }
  return NULL;
}

int main(void) {
  out = tmpfile();
  CHECK(out != NULL);
  pthread_t t[THREADS];
  for (long i = 0; i < THREADS; i++) CHECK_INT(pthread_create(&t[i], NULL, writer, (void *)i), 0);
  for (int i = 0; i < THREADS; i++) CHECK_INT(pthread_join(t[i], NULL), 0);
  rewind(out);
  char line[64];
  int count[THREADS] = {0};
  int bad = 0, total = 0;
  while (fgets(line, sizeof line, out)) {
    long id;
    int n;
    char tail[8];
    total++;
    if (sscanf(line, "thread %ld line %d %3s", &id, &n, tail) != 3 || id < 0 || id >= THREADS ||
        strcmp(tail, "end") != 0 || strlen(line) != 23) {
      bad++;
      continue;
    }
    if (n != count[id]) bad++; /* each thread's lines stay in order */
    count[id]++;
  }
  CHECK_INT(bad, 0);
  CHECK_INT(total, THREADS * LINES);
  fclose(out);
  return check_done();
}
