/* sys/sem.h: System V semaphore sets. struct semid_ds is the kernel's semid64_ds, which
   differs between architectures (<bits/sem.h>).
   semctl(id, num, cmd, arg): arg is a union semun the program declares itself, as XSI
   says:  union semun { int val; struct semid_ds *buf; unsigned short *array; }; */
#ifndef _SYS_SEM_H
#define _SYS_SEM_H
#include <features.h>
#include <sys/ipc.h>
#include <bits/types/pid_t.h>
#include <bits/types/size_t.h>
#include <bits/types/struct_timespec.h>
#include <bits/types/time_t.h>
#include <bits/sem.h>

#define SEM_UNDO 0x1000

/* semctl() commands. */
#define GETPID 11
#define GETVAL 12
#define GETALL 13
#define GETNCNT 14
#define GETZCNT 15
#define SETVAL 16
#define SETALL 17

struct sembuf {
  unsigned short sem_num;
  short sem_op;
  short sem_flg; /* IPC_NOWAIT, SEM_UNDO */
};

#if __PURE_GNU || __PURE_DEFAULT
#define SEM_STAT 18
#define SEM_INFO 19
#define SEM_STAT_ANY 20

/* What IPC_INFO and SEM_INFO fill in. */
struct seminfo {
  int semmap;
  int semmni;
  int semmns;
  int semmnu;
  int semmsl;
  int semopm;
  int semume;
  int semusz;
  int semvmx;
  int semaem;
};
#endif

__PURE_BEGIN_DECLS
int semctl(int __id, int __num, int __cmd, ...);
int semget(key_t __key, int __nsems, int __flags);
int semop(int __id, struct sembuf *__ops, size_t __nops);
#if __PURE_GNU
int semtimedop(int __id, struct sembuf *__ops, size_t __nops, const struct timespec *__timeout);
#endif
__PURE_END_DECLS

#endif
