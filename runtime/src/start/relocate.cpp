// Self-relocation of a static PIE: before anything else runs, apply the program's
// relative relocations (RELA and RELR) for the address the kernel loaded it at.
//
// This code runs with every pointer in memory still unrelocated, so it must not need a
// relocation itself: it reaches nothing through the GOT (no external symbols, no data
// with pointers), finds its own image through the auxiliary vector, and calls no other
// function (no memcpy: loops are written so the compiler keeps them as loops).
#include <elf.h>
#include <link.h>
#include <linux/auxvec.h>
#include <linux/mman.h>

#include "support/syscall.h"

namespace {

#if defined(__x86_64__)
constexpr unsigned long kRelative = R_X86_64_RELATIVE;
#else
constexpr unsigned long kRelative = R_AARCH64_RELATIVE;
#endif

[[noreturn, gnu::always_inline]] inline void die() {
  for (;;) pure::syscall(__NR_exit_group, 127);
}

}  // namespace

// Called by rcrt1's _start with the initial stack pointer.
extern "C" [[gnu::visibility("hidden"), gnu::no_stack_protector]] void __pure_relocate(long* sp) {
  long argc = sp[0];
  char** envp = reinterpret_cast<char**>(sp + 1 + argc + 1);
  while (*envp) envp++;
  const unsigned long* aux = reinterpret_cast<const unsigned long*>(envp + 1);
  const ElfW(Phdr)* phdr = nullptr;
  unsigned long phnum = 0, page = 4096;
  for (; aux[0] != AT_NULL; aux += 2) {
    if (aux[0] == AT_PHDR) phdr = reinterpret_cast<const ElfW(Phdr)*>(aux[1]);
    else if (aux[0] == AT_PHNUM) phnum = aux[1];
    else if (aux[0] == AT_PAGESZ) page = aux[1];
  }
  if (!phdr) die();

  uintptr_t bias = 0;
  const ElfW(Phdr)* dynamic_phdr = nullptr;
  const ElfW(Phdr)* relro = nullptr;
  for (unsigned long i = 0; i < phnum; i++) {
    if (phdr[i].p_type == PT_PHDR) bias = reinterpret_cast<uintptr_t>(phdr) - phdr[i].p_vaddr;
    else if (phdr[i].p_type == PT_DYNAMIC) dynamic_phdr = &phdr[i];
    else if (phdr[i].p_type == PT_GNU_RELRO) relro = &phdr[i];
  }
  if (!dynamic_phdr) return;  // linked without -pie: nothing to do

  uintptr_t rela = 0, rela_size = 0, relr = 0, relr_size = 0;
  for (const ElfW(Dyn)* d = reinterpret_cast<const ElfW(Dyn)*>(bias + dynamic_phdr->p_vaddr); d->d_tag != DT_NULL;
       d++) {
    switch (d->d_tag) {
      case DT_RELA: rela = bias + d->d_un.d_ptr; break;
      case DT_RELASZ: rela_size = d->d_un.d_val; break;
      case DT_RELR: relr = bias + d->d_un.d_ptr; break;
      case DT_RELRSZ: relr_size = d->d_un.d_val; break;
      case DT_REL:
      case DT_TEXTREL: die();  // neither appears on these targets; refuse rather than run broken
      default: break;
    }
  }

  const ElfW(Rela)* r = reinterpret_cast<const ElfW(Rela)*>(rela);
  for (size_t i = 0; i < rela_size / sizeof(ElfW(Rela)); i++) {
    if (ELF64_R_TYPE(r[i].r_info) != kRelative) die();  // a static PIE has nothing to look up
    *reinterpret_cast<uintptr_t*>(bias + r[i].r_offset) = bias + r[i].r_addend;
  }

  // RELR: an even entry is an address to relocate (and the start of a run); an odd entry
  // is a bitmap of which of the next 63 words after the run also need it.
  const uintptr_t* e = reinterpret_cast<const uintptr_t*>(relr);
  uintptr_t* where = nullptr;
  for (size_t i = 0; i < relr_size / sizeof(uintptr_t); i++) {
    uintptr_t entry = e[i];
    if ((entry & 1) == 0) {
      where = reinterpret_cast<uintptr_t*>(bias + entry);
      *where++ += bias;
    } else {
      uintptr_t* p = where;
      for (entry >>= 1; entry; entry >>= 1, p++)
        if (entry & 1) *p += bias;
      where += 8 * sizeof(uintptr_t) - 1;
    }
  }

  // What the relocations wrote and nothing may change later becomes read-only.
  if (relro) {
    uintptr_t start = (bias + relro->p_vaddr) & ~(page - 1);
    uintptr_t end = (bias + relro->p_vaddr + relro->p_memsz) & ~(page - 1);
    if (end > start) pure::syscall(__NR_mprotect, start, end - start, PROT_READ);
  }
}
