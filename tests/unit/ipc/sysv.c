/* System V IPC, per ftok(3), shmget(2)/shmat(2)/shmctl(2), semget(2)/semop(2)/semctl(2)
   and msgget(2)/msgsnd(2)/msgrcv(2)/msgctl(2): a shared memory segment written by a
   forked child, semaphores counting and handing over between the processes, and messages
   selected by type. Every object is private and removed at the end. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "../check.h"

/* XSI: the caller declares the fourth argument of semctl. */
union semun {
  int val;
  struct semid_ds *buf;
  unsigned short *array;
};

static void test_ftok(void) {
  int fd = open("ftok_file", O_WRONLY | O_CREAT, 0600);
  CHECK(fd >= 0);
  close(fd);
  struct stat st;
  CHECK_INT(stat("ftok_file", &st), 0);
  key_t k = ftok("ftok_file", 'P');
  CHECK(k != -1);
  /* The documented packing: id byte, low byte of the device, low 16 bits of the inode. */
  CHECK_INT((k >> 24) & 0xff, 'P');
  CHECK_INT((k >> 16) & 0xff, st.st_dev & 0xff);
  CHECK_INT(k & 0xffff, st.st_ino & 0xffff);
  CHECK(ftok("ftok_file", 'Q') != k);
  CHECK_INT(ftok("no_such_file", 'P'), -1);
  CHECK_INT(errno, ENOENT);
  unlink("ftok_file");
}

static void test_shm(void) {
  int id = shmget(IPC_PRIVATE, 8192, IPC_CREAT | 0600);
  CHECK(id >= 0);
  struct shmid_ds ds;
  CHECK_INT(shmctl(id, IPC_STAT, &ds), 0);
  CHECK_INT(ds.shm_segsz, 8192);
  CHECK_INT(ds.shm_nattch, 0);
  CHECK_INT(ds.shm_cpid, getpid());
  CHECK_INT(ds.shm_perm.mode & 0777, 0600);
  CHECK_INT(ds.shm_perm.uid, geteuid());

  char *p = shmat(id, NULL, 0);
  CHECK(p != (void *)-1);
  CHECK_INT(p[0], 0); /* new segments are zeroed */
  CHECK_INT(shmctl(id, IPC_STAT, &ds), 0);
  CHECK_INT(ds.shm_nattch, 1);

  pid_t child = fork();
  if (child == 0) {
    strcpy(p + 4096, "from the child");
    _exit(shmdt(p) == 0 ? 0 : 1);
  }
  int status;
  CHECK_INT(waitpid(child, &status, 0), child);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  CHECK_STR(p + 4096, "from the child");
  CHECK_INT(shmctl(id, IPC_STAT, &ds), 0);
  CHECK_INT(ds.shm_lpid, child); /* the last shmdt was the child's */

  /* IPC_SET changes the mode; a read-only attach cannot be written through. */
  ds.shm_perm.mode = 0640;
  CHECK_INT(shmctl(id, IPC_SET, &ds), 0);
  CHECK_INT(shmctl(id, IPC_STAT, &ds), 0);
  CHECK_INT(ds.shm_perm.mode & 0777, 0640);
  const char *ro = shmat(id, NULL, SHM_RDONLY);
  CHECK(ro != (void *)-1);
  CHECK_STR(ro + 4096, "from the child");
  CHECK_INT(shmdt(ro), 0);

  CHECK_INT(shmdt(p), 0);
  CHECK_INT(shmdt(p), -1); /* nothing attached there any more */
  CHECK_INT(errno, EINVAL);
  CHECK_INT(shmctl(id, IPC_RMID, NULL), 0);
  CHECK(shmat(id, NULL, 0) == (void *)-1);
  CHECK(errno == EINVAL || errno == EIDRM);
  CHECK_INT(shmget(IPC_PRIVATE, 0, IPC_CREAT | 0600), -1); /* below SHMMIN */
  CHECK_INT(errno, EINVAL);
}

static void test_sem(void) {
  int id = semget(IPC_PRIVATE, 2, IPC_CREAT | 0600);
  CHECK(id >= 0);
  union semun arg;
  struct semid_ds ds;
  arg.buf = &ds;
  CHECK_INT(semctl(id, 0, IPC_STAT, arg), 0);
  CHECK_INT(ds.sem_nsems, 2);
  CHECK_INT(ds.sem_perm.mode & 0777, 0600);

  arg.val = 3;
  CHECK_INT(semctl(id, 0, SETVAL, arg), 0);
  CHECK_INT(semctl(id, 0, GETVAL), 3);
  unsigned short values[2] = {5, 0};
  arg.array = values;
  CHECK_INT(semctl(id, 0, SETALL, arg), 0);
  values[0] = values[1] = 99;
  CHECK_INT(semctl(id, 0, GETALL, arg), 0);
  CHECK_INT(values[0], 5);
  CHECK_INT(values[1], 0);

  /* Several operations at once, all or nothing. */
  struct sembuf take2[2] = {{0, -2, 0}, {1, 1, 0}};
  CHECK_INT(semop(id, take2, 2), 0);
  CHECK_INT(semctl(id, 0, GETVAL), 3);
  CHECK_INT(semctl(id, 1, GETVAL), 1);
  CHECK_INT(semctl(id, 0, GETPID), getpid());
  struct sembuf too_many[2] = {{1, -1, IPC_NOWAIT}, {0, -4, IPC_NOWAIT}};
  CHECK_INT(semop(id, too_many, 2), -1);
  CHECK_INT(errno, EAGAIN);
  CHECK_INT(semctl(id, 1, GETVAL), 1); /* the first one was not applied either */

  /* A timed wait that cannot succeed times out. */
  struct sembuf wait1 = {1, -2, 0};
  struct timespec brief = {0, 20 * 1000 * 1000};
  CHECK_INT(semtimedop(id, &wait1, 1, &brief), -1);
  CHECK_INT(errno, EAGAIN);

  /* Hand-over: the child blocks until the parent posts, then posts back. */
  pid_t child = fork();
  if (child == 0) {
    struct sembuf ops[2] = {{1, -2, 0}, {0, 10, 0}};
    _exit(semop(id, ops, 2) == 0 ? 0 : 1);
  }
  struct sembuf post = {1, 1, 0};
  CHECK_INT(semop(id, &post, 1), 0);
  struct sembuf get = {0, -13, 0}; /* 3 + 10: only after the child ran */
  CHECK_INT(semop(id, &get, 1), 0);
  int status;
  CHECK_INT(waitpid(child, &status, 0), child);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  CHECK_INT(semctl(id, 0, GETVAL), 0);
  CHECK_INT(semctl(id, 0, GETNCNT), 0);

  /* SEM_UNDO is reverted when the process exits. */
  child = fork();
  if (child == 0) {
    struct sembuf up = {0, 4, SEM_UNDO};
    _exit(semop(id, &up, 1) == 0 ? 0 : 1);
  }
  CHECK_INT(waitpid(child, &status, 0), child);
  CHECK_INT(semctl(id, 0, GETVAL), 0);

  CHECK_INT(semctl(id, 0, IPC_RMID), 0);
  CHECK_INT(semctl(id, 0, GETVAL), -1);
  CHECK(errno == EINVAL || errno == EIDRM);
}

struct message {
  long mtype;
  char mtext[32];
};

static void test_msg(void) {
  int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  CHECK(id >= 0);
  struct message m = {2, "second type"};
  CHECK_INT(msgsnd(id, &m, strlen(m.mtext) + 1, 0), 0);
  m.mtype = 1;
  strcpy(m.mtext, "first type");
  CHECK_INT(msgsnd(id, &m, strlen(m.mtext) + 1, 0), 0);

  struct msqid_ds ds;
  CHECK_INT(msgctl(id, IPC_STAT, &ds), 0);
  CHECK_INT(ds.msg_qnum, 2);
  CHECK_INT(ds.msg_cbytes, sizeof "second type" + sizeof "first type");
  CHECK_INT(ds.msg_lspid, getpid());

  /* Type 1 first although it was sent second; then whatever comes next. */
  struct message r;
  CHECK_INT(msgrcv(id, &r, sizeof r.mtext, 1, 0), (int)sizeof "first type");
  CHECK_INT(r.mtype, 1);
  CHECK_STR(r.mtext, "first type");
  /* Too small a buffer: E2BIG, unless MSG_NOERROR truncates. */
  CHECK_INT(msgrcv(id, &r, 4, 0, 0), -1);
  CHECK_INT(errno, E2BIG);
  memset(r.mtext, 0, sizeof r.mtext);
  CHECK_INT(msgrcv(id, &r, 6, 0, MSG_NOERROR), 6);
  CHECK_INT(r.mtype, 2);
  CHECK(memcmp(r.mtext, "second", 6) == 0);
  CHECK_INT(msgrcv(id, &r, sizeof r.mtext, 0, IPC_NOWAIT), -1);
  CHECK_INT(errno, ENOMSG);

  /* A message from a child process. */
  pid_t child = fork();
  if (child == 0) {
    struct message c = {7, "child"};
    _exit(msgsnd(id, &c, sizeof "child", 0) == 0 ? 0 : 1);
  }
  CHECK_INT(msgrcv(id, &r, sizeof r.mtext, 7, 0), (int)sizeof "child");
  CHECK_STR(r.mtext, "child");
  int status;
  CHECK_INT(waitpid(child, &status, 0), child);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);

  CHECK_INT(msgctl(id, IPC_RMID, NULL), 0);
  CHECK_INT(msgsnd(id, &m, 1, 0), -1);
  CHECK(errno == EINVAL || errno == EIDRM);
  m.mtype = 0; /* types must be positive */
  int id2 = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
  CHECK_INT(msgsnd(id2, &m, 1, 0), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(msgctl(id2, IPC_RMID, NULL), 0);
}

int main(void) {
  test_ftok();
  test_shm();
  test_sem();
  test_msg();
  return check_done();
}
