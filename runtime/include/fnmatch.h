/* fnmatch.h: shell-style pattern matching of file names. */
#ifndef _FNMATCH_H
#define _FNMATCH_H
#include <features.h>

#define FNM_NOMATCH 1

#define FNM_NOESCAPE 0x01 /* backslash is an ordinary character */
#define FNM_PATHNAME 0x02 /* '/' is matched only by a literal '/' */
#define FNM_PERIOD 0x04   /* a leading '.' is matched only by a literal '.' */
#if __PURE_GNU
#define FNM_LEADING_DIR 0x08 /* the pattern may match a leading part ending before '/' */
#define FNM_CASEFOLD 0x10    /* letters match regardless of case */
#define FNM_FILE_NAME FNM_PATHNAME
#endif
#if __PURE_DEFAULT
#define FNM_NOSYS (-1)
#endif

__PURE_BEGIN_DECLS

int fnmatch(const char *__pattern, const char *__string, int __flags);

__PURE_END_DECLS

#endif
