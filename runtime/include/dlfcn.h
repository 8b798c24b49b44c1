/* pure libc: <dlfcn.h> - dynamic linking queries. Pure programs are static: dlopen and
   dlsym fail (dlerror() says why); dladdr answers for addresses inside the program. */
#ifndef _DLFCN_H
#define _DLFCN_H
#include <features.h>

__PURE_BEGIN_DECLS

#define RTLD_LAZY 0x0001
#define RTLD_NOW 0x0002
#define RTLD_NOLOAD 0x0004
#define RTLD_DEEPBIND 0x0008
#define RTLD_GLOBAL 0x0100
#define RTLD_LOCAL 0
#define RTLD_NODELETE 0x1000

#if __PURE_GNU
#define RTLD_NEXT ((void *)-1)
#define RTLD_DEFAULT ((void *)0)
#endif

int dlclose(void *__handle);
char *dlerror(void);
void *dlopen(const char *__file, int __mode);
void *dlsym(void *__PURE_RESTRICT __handle, const char *__PURE_RESTRICT __name);

#if __PURE_GNU || __PURE_DEFAULT
typedef struct {
  const char *dli_fname; /* path of the object containing the address */
  void *dli_fbase;       /* its load address */
  const char *dli_sname; /* nearest symbol at or below the address, or null */
  void *dli_saddr;       /* its address, or null */
} Dl_info;
int dladdr(const void *__addr, Dl_info *__info);
#endif

__PURE_END_DECLS
#endif
