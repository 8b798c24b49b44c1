/* sys/sysinfo.h: overall system statistics. */
#ifndef _SYS_SYSINFO_H
#define _SYS_SYSINFO_H
#include <features.h>

#define SI_LOAD_SHIFT 16

/* The kernel's struct sysinfo for 64-bit targets (its trailing char array is empty there). */
struct sysinfo {
  long uptime;
  unsigned long loads[3];
  unsigned long totalram;
  unsigned long freeram;
  unsigned long sharedram;
  unsigned long bufferram;
  unsigned long totalswap;
  unsigned long freeswap;
  unsigned short procs;
  unsigned short pad;
  unsigned long totalhigh;
  unsigned long freehigh;
  unsigned int mem_unit;
};

__PURE_BEGIN_DECLS
int sysinfo(struct sysinfo *__info);
int get_nprocs(void);
int get_nprocs_conf(void);
long get_phys_pages(void);
long get_avphys_pages(void);
__PURE_END_DECLS

#endif
