/* pure libc: <fenv.h> (C17 7.6). The flag and mode values are per architecture. */
#ifndef _FENV_H
#define _FENV_H
#include <features.h>
#include <bits/fenv.h>

__PURE_BEGIN_DECLS

int feclearexcept(int);
int fegetexceptflag(fexcept_t *, int);
int feraiseexcept(int);
int fesetexceptflag(const fexcept_t *, int);
int fetestexcept(int);
int fegetround(void);
int fesetround(int);
int fegetenv(fenv_t *);
int feholdexcept(fenv_t *);
int fesetenv(const fenv_t *);
int feupdateenv(const fenv_t *);

#if __PURE_GNU
/* Traps: enable or disable them for the given exceptions; return the previously
   enabled set, or -1 when the hardware cannot trap (many aarch64 cores). */
int feenableexcept(int);
int fedisableexcept(int);
int fegetexcept(void);
#endif

__PURE_END_DECLS
#endif
