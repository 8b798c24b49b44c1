/* Threads that exit give their cached blocks back: many short-lived threads, each
   filling its caches, must not make the process keep growing. */
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static long resident_pages(void) {
  char buf[128];
  int fd = open("/proc/self/statm", O_RDONLY);
  if (fd < 0) return -1;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return -1;
  buf[n] = 0;
  char *p = strchr(buf, ' ');
  return p ? strtol(p + 1, NULL, 10) : -1;
}

static int failures;

/* Allocates and frees about 64 KiB (at least two blocks) in every size class. */
static void *churn(void *arg) {
  (void)arg;
  void **mine = (void **)malloc(4096 * sizeof(void *));
  if (!mine) {
    __atomic_fetch_add(&failures, 1, __ATOMIC_RELAXED);
    return NULL;
  }
  for (size_t size = 16; size <= 131072; size += size / 4 > 16 ? size / 4 : 16) {
    size_t n = 65536 / size < 2 ? 2 : 65536 / size;
    for (size_t i = 0; i < n; i++) {
      mine[i] = malloc(size);
      if (!mine[i]) __atomic_fetch_add(&failures, 1, __ATOMIC_RELAXED);
      else memset(mine[i], 7, size);
    }
    for (size_t i = 0; i < n; i++) free(mine[i]);
  }
  free(mine);
  return NULL;
}

int main(void) {
  long page = sysconf(_SC_PAGESIZE);
  /* Warm up once so the first thread's own set-up is not counted. */
  pthread_t t;
  CHECK_INT(pthread_create(&t, NULL, churn, NULL), 0);
  CHECK_INT(pthread_join(t, NULL), 0);
  long before = resident_pages();
  int bad = 0;
  for (int i = 0; i < 40; i++) {
    if (pthread_create(&t, NULL, churn, NULL) != 0 || pthread_join(t, NULL) != 0) bad++;
  }
  long after = resident_pages();
  CHECK_INT(bad, 0);
  CHECK_INT(failures, 0);
  if (before >= 0 && after >= 0) {
    long grew_mb = (after - before) * page >> 20;
    /* Kept caches would hold about 3 MB per thread: 40 threads, over 100 MB. Freed
       spans may stay resident up to the 16 MiB purge threshold, and qemu adds some. */
    CHECK(grew_mb < 40);
    if (grew_mb >= 40) fprintf(stderr, "grew by %ld MB\n", grew_mb);
  }
  return check_done();
}
