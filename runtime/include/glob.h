/* glob.h: pathname pattern expansion. */
#ifndef _GLOB_H
#define _GLOB_H
#include <features.h>
#include <bits/types/size_t.h>

typedef struct {
  size_t gl_pathc; /* number of paths matched */
  char **gl_pathv; /* the paths, after gl_offs null pointers, ended by a null pointer */
  size_t gl_offs;  /* null pointers to reserve at the start (GLOB_DOOFFS) */
  int gl_flags;    /* the flags given, plus GLOB_MAGCHAR when the pattern had wildcards */
  void *__pure_reserved[5];
} glob_t;

#define GLOB_ERR (1 << 0)      /* stop at the first directory that cannot be read */
#define GLOB_MARK (1 << 1)     /* append '/' to directories */
#define GLOB_NOSORT (1 << 2)   /* leave the paths in directory order */
#define GLOB_DOOFFS (1 << 3)   /* reserve gl_offs slots at the start of gl_pathv */
#define GLOB_NOCHECK (1 << 4)  /* no match: return the pattern itself */
#define GLOB_APPEND (1 << 5)   /* add to the results of an earlier call */
#define GLOB_NOESCAPE (1 << 6) /* backslash is an ordinary character */
#if __PURE_GNU
#define GLOB_PERIOD (1 << 7)  /* wildcards may match a leading '.' */
#define GLOB_MAGCHAR (1 << 8) /* set in gl_flags: the pattern had wildcards */
#define GLOB_BRACE (1 << 10)  /* expand {a,b} alternatives */
#define GLOB_NOMAGIC (1 << 11) /* no match and no wildcards: return the pattern */
#define GLOB_TILDE (1 << 12)  /* expand a leading ~ to $HOME */
#define GLOB_ONLYDIR (1 << 13) /* match directories only */
#define GLOB_TILDE_CHECK (1 << 14) /* like GLOB_TILDE, but no match if ~ cannot expand */
#endif

#define GLOB_NOSPACE 1 /* out of memory */
#define GLOB_ABORTED 2 /* a read error stopped the search */
#define GLOB_NOMATCH 3 /* nothing matched */
#define GLOB_NOSYS 4   /* unsupported function */
#if __PURE_GNU
#define GLOB_ABEND GLOB_ABORTED
#endif

__PURE_BEGIN_DECLS

int glob(const char *__PURE_RESTRICT __pattern, int __flags,
         int (*__errfunc)(const char *, int), glob_t *__PURE_RESTRICT __pglob);
void globfree(glob_t *__pglob);

__PURE_END_DECLS

#if __PURE_LFS64
/* The Large File Support names: off_t is 64-bit, so they are the plain ones. */
#define glob64_t glob_t
#define glob64 glob
#define globfree64 globfree
#endif

#endif
