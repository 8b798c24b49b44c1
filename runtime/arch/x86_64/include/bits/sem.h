/* x86_64 struct semid_ds: the kernel's semid64_ds, with padding after each time. */
#ifndef _BITS_SEM_H
#define _BITS_SEM_H

struct semid_ds {
  struct ipc_perm sem_perm;
  time_t sem_otime;
  unsigned long __unused1;
  time_t sem_ctime;
  unsigned long __unused2;
  unsigned long sem_nsems;
  unsigned long __unused3;
  unsigned long __unused4;
};

#endif
