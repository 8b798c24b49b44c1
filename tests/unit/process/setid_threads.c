/* set*id changes every thread of the process (POSIX), though Linux keeps credentials per
   thread: after setgroups/setgid/setuid in one thread, the Uid/Gid/Groups lines of every
   task in /proc/self/task agree. Needs root to change ids; without root only the calls
   that keep the ids are checked. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include "../check.h"

int setgroups(size_t size, const gid_t *list); /* <grp.h> */

enum { kThreads = 4 };
static volatile int stop;
static pthread_barrier_t ready;

static void *idle_thread(void *arg) {
  pthread_barrier_wait(&ready);
  while (!__atomic_load_n(&stop, __ATOMIC_RELAXED)) usleep(1000); /* signals arrive mid-sleep */
  return NULL;
}

/* How many tasks have `key` lines equal to `want` (and how many tasks there are). */
static int tasks_with(const char *key, const char *want, int *total) {
  DIR *d = opendir("/proc/self/task");
  if (!d) return -1;
  struct dirent *e;
  int match = 0;
  *total = 0;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char path[300], line[256];
    snprintf(path, sizeof path, "/proc/self/task/%s/status", e->d_name);
    FILE *f = fopen(path, "r");
    if (!f) continue;
    (*total)++;
    size_t klen = strlen(key);
    while (fgets(line, sizeof line, f)) {
      if (strncmp(line, key, klen) != 0) continue;
      char *p = line + klen;
      while (*p == ' ' || *p == '\t') p++;
      p[strcspn(p, "\n")] = 0;
      /* Collapse tabs to single spaces for comparison. */
      for (char *q = p; *q; q++)
        if (*q == '\t') *q = ' ';
      size_t n = strlen(p);
      while (n && p[n - 1] == ' ') p[--n] = 0;
      if (strcmp(p, want) == 0) match++;
    }
    fclose(f);
  }
  closedir(d);
  return match;
}

/* In a child process (ids cannot be given back), with kThreads extra threads. */
static int run_child(void) {
  pthread_t t[kThreads];
  pthread_barrier_init(&ready, NULL, kThreads + 1);
  for (int i = 0; i < kThreads; i++)
    if (pthread_create(&t[i], NULL, idle_thread, NULL) != 0) return 10;
  pthread_barrier_wait(&ready);

  int total = 0;
  gid_t groups[2] = {4321, 4322};
  CHECK_INT(setgroups(2, groups), 0);
  CHECK_INT(setgid(4321), 0);
  CHECK_INT(setresuid(1234, 1234, 0), 0);
  CHECK_INT(seteuid(0), 0); /* the saved id 0 allows it */
  CHECK_INT(setuid(1234), 0); /* root: all three ids */
  /* Our threads; qemu's user-mode emulation adds a helper thread of its own. */
  CHECK_INT(tasks_with("Uid:", "1234 1234 1234 1234", &total), kThreads + 1);
  CHECK(total >= kThreads + 1);
  CHECK_INT(tasks_with("Gid:", "4321 4321 4321 4321", &total), kThreads + 1);
  CHECK_INT(tasks_with("Groups:", "4321 4322", &total), kThreads + 1);
  errno = 0;
  CHECK_INT(setuid(0), -1); /* given up for good, in every thread */
  CHECK_INT(errno, EPERM);
  CHECK_INT(tasks_with("Uid:", "1234 1234 1234 1234", &total), kThreads + 1);

  /* Threads created afterwards inherit the new ids; join works as usual. */
  __atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
  for (int i = 0; i < kThreads; i++) CHECK_INT(pthread_join(t[i], NULL), 0);
  return check_done();
}

int main(void) {
  if (geteuid() != 0) {
    /* Unprivileged: setting the ids one already has is allowed and changes nothing. */
    uid_t u = getuid();
    pthread_t t[kThreads];
    pthread_barrier_init(&ready, NULL, kThreads + 1);
    for (int i = 0; i < kThreads; i++) CHECK_INT(pthread_create(&t[i], NULL, idle_thread, NULL), 0);
    pthread_barrier_wait(&ready);
    CHECK_INT(setuid(u), 0);
    CHECK_INT(setresuid(u, u, u), 0);
    errno = 0;
    CHECK_INT(setuid(u == 0 ? 1 : 0), -1);
    CHECK_INT(errno, EPERM);
    __atomic_store_n(&stop, 1, __ATOMIC_RELAXED);
    for (int i = 0; i < kThreads; i++) CHECK_INT(pthread_join(t[i], NULL), 0);
    printf("note: not root, ids not changed\n");
    return check_done();
  }
  fflush(stdout);
  pid_t pid = fork();
  if (pid == 0) _exit(run_child());
  int status = -1;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  return check_done();
}
