/* Freed memory goes back to the kernel: after allocating and freeing a lot of small and
   large blocks, the resident set shrinks again (read from /proc/self/statm). */
#include <fcntl.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static void *(*volatile p_malloc)(size_t) = malloc;
static void (*volatile p_free)(void *) = free;

/* Resident pages, or -1 when /proc is not mounted. */
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

enum { COUNT = 200000, SIZE = 500 }; /* about 100 MB of small blocks */
static void *blocks[COUNT];

int main(void) {
  long page = sysconf(_SC_PAGESIZE);
  long before = resident_pages();
  if (before < 0) {
    /* Without /proc there is nothing to measure; still exercise the paths. */
    fprintf(stderr, "note: /proc/self/statm unavailable\n");
  }
  int bad = 0;
  for (int i = 0; i < COUNT; i++) {
    blocks[i] = p_malloc(SIZE);
    if (!blocks[i]) bad++;
    else memset(blocks[i], 1, SIZE);
  }
  void *large = p_malloc(64 << 20);
  if (large) memset(large, 1, 64 << 20);
  long peak = resident_pages();
  for (int i = 0; i < COUNT; i++) p_free(blocks[i]);
  p_free(large);
  long after = resident_pages();
  CHECK_INT(bad, 0);
  CHECK(large != NULL);
  if (before >= 0) {
    long peak_mb = (peak - before) * page >> 20, left_mb = (after - before) * page >> 20;
    CHECK(peak_mb >= 150);   /* the memory really was touched */
    CHECK(left_mb <= 40);    /* and most of it was given back */
    if (left_mb > 40) fprintf(stderr, "peak %ld MB, still resident %ld MB\n", peak_mb, left_mb);
  }
  /* malloc_trim gives back the rest of the free memory. */
  void *again = p_malloc(4 << 20); /* a large block: kept for reuse after free */
  if (again) memset(again, 1, 4 << 20);
  p_free(again);
  CHECK_INT(malloc_trim(0), 1);
  /* The heap is still usable. */
  void *p = p_malloc(SIZE);
  CHECK(p != NULL);
  p_free(p);
  return check_done();
}
