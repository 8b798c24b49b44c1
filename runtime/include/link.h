/* pure libc: <link.h> - the loaded objects of a program (one, in a static program). */
#ifndef _LINK_H
#define _LINK_H
#include <features.h>
#include <elf.h>
#include <bits/types/size_t.h>

__PURE_BEGIN_DECLS

/* ElfW(Phdr) is Elf64_Phdr on the 64-bit targets pure supports. */
#define ElfW(type) Elf64_##type
#define ELFW(type) ELF64_##type
#define __ELF_NATIVE_CLASS 64

struct dl_phdr_info {
  ElfW(Addr) dlpi_addr;            /* load bias: run-time address minus link-time address */
  const char *dlpi_name;           /* "" for the main program */
  const ElfW(Phdr) *dlpi_phdr;
  ElfW(Half) dlpi_phnum;
  unsigned long long dlpi_adds;    /* objects loaded so far */
  unsigned long long dlpi_subs;    /* objects unloaded so far */
  size_t dlpi_tls_modid;           /* 1 when the object has a PT_TLS segment, else 0 */
  void *dlpi_tls_data;             /* the calling thread's block of that segment */
};

int dl_iterate_phdr(int (*__callback)(struct dl_phdr_info *__info, size_t __size, void *__data), void *__data);

/* The debugger interface's view of the loaded objects. */
struct link_map {
  ElfW(Addr) l_addr;
  char *l_name;
  ElfW(Dyn) *l_ld;
  struct link_map *l_next, *l_prev;
};

__PURE_END_DECLS
#endif
