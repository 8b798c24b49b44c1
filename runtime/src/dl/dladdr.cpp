// dladdr: which object holds an address. In a static program that is the program itself,
// for addresses inside one of its PT_LOAD segments. Static programs keep no symbol table in
// memory, so the symbol fields stay null.
#include <dlfcn.h>
#include <link.h>
#include <linux/auxvec.h>

#include "start/start.h"

extern "C" int dladdr(const void* addr, Dl_info* info) {
  const pure::ProgramImage& img = pure::program_image;
  uintptr_t a = reinterpret_cast<uintptr_t>(addr);
  uintptr_t lowest = UINTPTR_MAX;
  bool inside = false;
  for (size_t i = 0; i < img.phnum; i++) {
    const ElfW(Phdr)& p = img.phdr[i];
    if (p.p_type != PT_LOAD) continue;
    uintptr_t start = img.bias + p.p_vaddr;
    if (start - p.p_offset < lowest) lowest = start - p.p_offset;  // where the ELF header is mapped
    if (a >= start && a - start < p.p_memsz) inside = true;
  }
  if (!inside) return 0;
  const char* path = reinterpret_cast<const char*>(pure::aux_value(AT_EXECFN));
  info->dli_fname = path ? path : "";
  info->dli_fbase = reinterpret_cast<void*>(lowest);
  info->dli_sname = nullptr;
  info->dli_saddr = nullptr;
  return 1;
}
