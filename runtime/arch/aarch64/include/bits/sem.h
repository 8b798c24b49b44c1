/* aarch64 struct semid_ds: the kernel's generic 64-bit semid64_ds. */
#ifndef _BITS_SEM_H
#define _BITS_SEM_H

struct semid_ds {
  struct ipc_perm sem_perm;
  time_t sem_otime;
  time_t sem_ctime;
  unsigned long sem_nsems;
  unsigned long __unused3;
  unsigned long __unused4;
};

#endif
