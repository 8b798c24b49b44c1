/* getauxval, dl_iterate_phdr, dladdr and the dlopen family in a static program. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <link.h>
#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "../check.h"

static int calls;
static int has_load_with_main, has_eh_frame;
static uintptr_t seen_bias;
static _Thread_local int tls_var = 3;
static void *seen_tls;
static size_t seen_modid;

static int callback(struct dl_phdr_info *info, size_t size, void *data) {
  calls++;
  CHECK(size >= sizeof *info);
  CHECK(data == (void *)&calls);
  CHECK(info->dlpi_phdr != NULL);
  CHECK(info->dlpi_phnum > 0);
  seen_bias = info->dlpi_addr;
  uintptr_t main_addr = (uintptr_t)&callback;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *p = &info->dlpi_phdr[i];
    uintptr_t start = info->dlpi_addr + p->p_vaddr;
    if (p->p_type == PT_LOAD && main_addr >= start && main_addr < start + p->p_memsz) has_load_with_main = 1;
    if (p->p_type == PT_GNU_EH_FRAME) has_eh_frame = 1;
  }
  seen_tls = info->dlpi_tls_data;
  seen_modid = info->dlpi_tls_modid;
  return 17;
}

int main(int argc, char **argv) {
  /* getauxval: the page size is a power of two of at least 4 KiB; unknown types are ENOENT. */
  unsigned long page = getauxval(AT_PAGESZ);
  CHECK(page >= 4096);
  CHECK((page & (page - 1)) == 0);
  CHECK_INT(page, sysconf(_SC_PAGESIZE));
  CHECK(getauxval(AT_PHDR) != 0);
  CHECK(getauxval(AT_RANDOM) != 0);
  CHECK_INT(getauxval(AT_UID), getuid());
  errno = 0;
  CHECK_INT(getauxval(0x7fff), 0);
  CHECK_INT(errno, ENOENT);

  /* dl_iterate_phdr: exactly one object, containing our code, with its unwind table. */
  CHECK_INT(dl_iterate_phdr(callback, &calls), 17);
  CHECK_INT(calls, 1);
  CHECK(has_load_with_main);
  CHECK(has_eh_frame);
  CHECK_INT(seen_modid, 1);
  CHECK(seen_tls != NULL);
  CHECK((char *)&tls_var >= (char *)seen_tls && (char *)&tls_var < (char *)seen_tls + 4096);
  const ElfW(Phdr) *phdr = (const ElfW(Phdr) *)getauxval(AT_PHDR);
  (void)phdr;

  /* dladdr: inside the program yes, elsewhere no. */
  Dl_info info;
  memset(&info, 0, sizeof info);
  CHECK(dladdr((void *)&callback, &info) != 0);
  CHECK(info.dli_fname != NULL);
  CHECK(info.dli_fbase != NULL);
  CHECK((uintptr_t)info.dli_fbase <= (uintptr_t)&callback);
  CHECK(memcmp(info.dli_fbase, ELFMAG, SELFMAG) == 0); /* the base is where the ELF header is */
  int on_stack;
  CHECK_INT(dladdr(&on_stack, &info), 0);

  /* dlopen of a file fails with an explanation; dlerror reports it once. */
  CHECK(dlerror() == NULL);
  CHECK(dlopen("libm.so.6", RTLD_NOW) == NULL);
  const char *e = dlerror();
  CHECK(e != NULL && strstr(e, "static") != NULL);
  CHECK(dlerror() == NULL);
  void *self = dlopen(NULL, RTLD_NOW);
  CHECK(self != NULL);
  CHECK(dlsym(self, "main") == NULL);
  CHECK(dlerror() != NULL);
  CHECK_INT(dlclose(self), 0);
  return check_done();
}
