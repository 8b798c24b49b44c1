/* libgen.h: POSIX basename and dirname, which may modify their argument. */
#ifndef _LIBGEN_H
#define _LIBGEN_H
#include <features.h>
#if __PURE_GNU && !defined(__cplusplus)
/* string.h declares GNU's basename in this mode; it must be seen before the macro below
   renames basename, whichever of the two headers the program includes first. */
#include <string.h>
#endif

__PURE_BEGIN_DECLS

char *dirname(char *__path);
/* The POSIX basename; the name keeps it apart from string.h's GNU basename. */
char *__xpg_basename(char *__path);
#define basename __xpg_basename

__PURE_END_DECLS

#endif
