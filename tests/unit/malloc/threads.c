/* malloc from several threads at once, including blocks freed by a thread other than
   the one that allocated them (they travel through a shared ring). */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"

enum { THREADS = 4, ROUNDS = 20000, RING = 256 };

static void *volatile ring[RING];
static pthread_mutex_t ring_lock = PTHREAD_MUTEX_INITIALIZER;
static int errors[THREADS];

static void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  unsigned x = (unsigned)id * 2654435761u + 1;
  void *mine[64] = {0};
  for (int r = 0; r < ROUNDS; r++) {
    x = x * 1103515245u + 12345u;
    size_t n = (x >> 10) % (r % 100 == 0 ? 100000 : 1000) + 1;
    unsigned char *p = malloc(n);
    if (!p) {
      errors[id]++;
      continue;
    }
    memset(p, id + 1, n);
    /* Keep some, trade some with other threads, free the rest. */
    int slot = (int)(x % 64);
    if (mine[slot]) {
      unsigned char *old = mine[slot];
      if (old[0] != id + 1) errors[id]++;
      free(old);
    }
    mine[slot] = p;
    if (r % 3 == 0) {
      void *take;
      int k = (int)((x >> 3) % RING);
      pthread_mutex_lock(&ring_lock);
      take = ring[k];
      ring[k] = mine[slot];
      pthread_mutex_unlock(&ring_lock);
      mine[slot] = NULL;
      free(take); /* allocated by any thread */
    }
  }
  for (int i = 0; i < 64; i++) free(mine[i]);
  return NULL;
}

int main(void) {
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++) CHECK_INT(pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i), 0);
  for (int i = 0; i < THREADS; i++) CHECK_INT(pthread_join(t[i], NULL), 0);
  for (int i = 0; i < RING; i++) free(ring[i]);
  int total = 0;
  for (int i = 0; i < THREADS; i++) total += errors[i];
  CHECK_INT(total, 0);
  /* The heap still works after all that. */
  void *p = malloc(100);
  CHECK(p != NULL);
  free(p);
  return check_done();
}
