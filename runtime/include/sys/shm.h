/* sys/shm.h: System V shared memory. struct shmid_ds is the kernel's shmid64_ds. */
#ifndef _SYS_SHM_H
#define _SYS_SHM_H
#include <features.h>
#include <sys/ipc.h>
#include <bits/types/pid_t.h>
#include <bits/types/size_t.h>
#include <bits/types/time_t.h>

typedef unsigned long shmatt_t;

struct shmid_ds {
  struct ipc_perm shm_perm;
  size_t shm_segsz;
  time_t shm_atime;
  time_t shm_dtime;
  time_t shm_ctime;
  pid_t shm_cpid;
  pid_t shm_lpid;
  shmatt_t shm_nattch;
  unsigned long __unused4;
  unsigned long __unused5;
};

/* shmat() flags. */
#define SHM_RDONLY 010000
#define SHM_RND 020000
#if __PURE_GNU || __PURE_DEFAULT
#define SHM_REMAP 040000
#define SHM_EXEC 0100000

/* shmget() flags. */
#define SHM_HUGETLB 04000
#define SHM_NORESERVE 010000
#define SHM_HUGE_SHIFT 26
#define SHM_HUGE_MASK 0x3f
#define SHM_HUGE_2MB (21 << SHM_HUGE_SHIFT)
#define SHM_HUGE_1GB (30 << SHM_HUGE_SHIFT)

/* shmctl() commands beyond IPC_*. */
#define SHM_LOCK 11
#define SHM_UNLOCK 12
#define SHM_STAT 13
#define SHM_INFO 14
#define SHM_STAT_ANY 15

/* The segment state bits in shm_perm.mode. */
#define SHM_DEST 01000
#define SHM_LOCKED 02000

/* What IPC_INFO fills in (through a cast of the struct shmid_ds pointer). */
struct shminfo {
  unsigned long shmmax;
  unsigned long shmmin;
  unsigned long shmmni;
  unsigned long shmseg;
  unsigned long shmall;
  unsigned long __unused[4];
};

/* What SHM_INFO fills in. */
struct shm_info {
  int used_ids;
  unsigned long shm_tot;
  unsigned long shm_rss;
  unsigned long shm_swp;
  unsigned long swap_attempts;
  unsigned long swap_successes;
};
#endif

__PURE_BEGIN_DECLS
void *shmat(int __id, const void *__addr, int __flags);
int shmctl(int __id, int __cmd, struct shmid_ds *__buf);
int shmdt(const void *__addr);
int shmget(key_t __key, size_t __size, int __flags);
__PURE_END_DECLS

#endif
