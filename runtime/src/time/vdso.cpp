// Finding functions in the vDSO, the small shared object the kernel maps into every process
// (its address is AT_SYSINFO_EHDR): walk its dynamic section to the symbol table and look
// the names up. The symbols are __vdso_* on x86_64 and __kernel_* on aarch64.
#include <elf.h>
#include <string.h>

#include <linux/auxvec.h>

#include "start/start.h"
#include "support/syscall.h"
#include "time/vdso.h"

namespace pure {
namespace {

#if defined(__x86_64__)
constexpr const char* kGettimeName = "__vdso_clock_gettime";
constexpr const char* kGetresName = "__vdso_clock_getres";
#elif defined(__aarch64__)
constexpr const char* kGettimeName = "__kernel_clock_gettime";
constexpr const char* kGetresName = "__kernel_clock_getres";
#endif

// Number of symbols from a GNU hash table: past the highest bucket, follow its chain to the
// entry with the low bit set.
size_t gnu_hash_symbol_count(const uint32_t* table) {
  uint32_t nbuckets = table[0], symoffset = table[1], bloom_size = table[2];
  const uint32_t* buckets = table + 4 + bloom_size * (sizeof(Elf64_Addr) / 4);
  const uint32_t* chain = buckets + nbuckets;
  uint32_t last = 0;
  for (uint32_t i = 0; i < nbuckets; i++)
    if (buckets[i] > last) last = buckets[i];
  if (last < symoffset) return symoffset;
  while (!(chain[last - symoffset] & 1)) last++;
  return last + 1;
}

void* lookup(const char* name) {
  uintptr_t base = aux_value(AT_SYSINFO_EHDR);
  if (!base) return nullptr;
  auto* eh = reinterpret_cast<const Elf64_Ehdr*>(base);
  if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64) return nullptr;
  auto* ph = reinterpret_cast<const Elf64_Phdr*>(base + eh->e_phoff);
  uintptr_t bias = 0;
  bool have_load = false;
  const Elf64_Dyn* dyn = nullptr;
  for (size_t i = 0; i < eh->e_phnum; i++) {
    if (ph[i].p_type == PT_LOAD && !have_load) {
      bias = base + ph[i].p_offset - ph[i].p_vaddr;
      have_load = true;
    } else if (ph[i].p_type == PT_DYNAMIC) {
      dyn = reinterpret_cast<const Elf64_Dyn*>(base + ph[i].p_offset);
    }
  }
  if (!have_load || !dyn) return nullptr;
  const Elf64_Sym* symtab = nullptr;
  const char* strtab = nullptr;
  size_t count = 0;
  for (; dyn->d_tag != DT_NULL; dyn++) {
    uintptr_t p = bias + dyn->d_un.d_ptr;
    switch (dyn->d_tag) {
      case DT_SYMTAB: symtab = reinterpret_cast<const Elf64_Sym*>(p); break;
      case DT_STRTAB: strtab = reinterpret_cast<const char*>(p); break;
      case DT_HASH: count = reinterpret_cast<const uint32_t*>(p)[1]; break;
      case DT_GNU_HASH:
        if (!count) count = gnu_hash_symbol_count(reinterpret_cast<const uint32_t*>(p));
        break;
    }
  }
  if (!symtab || !strtab) return nullptr;
  for (size_t i = 0; i < count; i++) {
    const Elf64_Sym& s = symtab[i];
    if (ELF64_ST_TYPE(s.st_info) != STT_FUNC || s.st_shndx == SHN_UNDEF || !s.st_value) continue;
    if (strcmp(strtab + s.st_name, name) == 0) return reinterpret_cast<void*>(bias + s.st_value);
  }
  return nullptr;
}

// Each slot: null before the lookup, the function after, or kMissing when there is none.
// Lookups give the same answer every time, so racing threads just repeat the work.
void* const kMissing = reinterpret_cast<void*>(1);
constinit void* gettime_slot = nullptr;
constinit void* getres_slot = nullptr;

void* resolve(void** slot, const char* name) {
  void* f = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
  if (!f) {
    f = lookup(name);
    if (!f) f = kMissing;
    __atomic_store_n(slot, f, __ATOMIC_RELEASE);
  }
  return f == kMissing ? nullptr : f;
}

}  // namespace

VdsoClockGettime vdso_clock_gettime() {
  return reinterpret_cast<VdsoClockGettime>(resolve(&gettime_slot, kGettimeName));
}

VdsoClockGetres vdso_clock_getres() {
  return reinterpret_cast<VdsoClockGetres>(resolve(&getres_slot, kGetresName));
}

long clock_gettime(clockid_t clock, struct timespec* ts) {
  if (VdsoClockGettime f = vdso_clock_gettime()) return f(clock, ts);
  return syscall(__NR_clock_gettime, clock, ts);
}

}  // namespace pure
